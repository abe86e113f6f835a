package de.nrw.coop.storage.dataset;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Where in a file its text goes wrong, as line and column an editor can jump to. */
final class Utf8Position {
    private Utf8Position() {}

    /**
     * The first byte that is not UTF-8.
     *
     * @param line   1-based line of the byte
     * @param column 1-based column (characters before it on its line, plus one)
     * @param offset 0-based byte offset in the file
     * @param value  the byte, 0 to 255
     */
    record Bad(int line, int column, long offset, int value) {}

    /** The first malformed byte of {@code in}, or null if all of it is UTF-8. */
    static Bad firstMalformed(InputStream in) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.allocate(64 * 1024);
        CharBuffer chars = CharBuffer.allocate(64 * 1024);
        long consumed = 0;
        int line = 1;
        int column = 1;
        boolean eof = false;
        while (true) {
            if (!eof) {
                int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
                if (n < 0) {
                    eof = true;
                } else {
                    bytes.position(bytes.position() + n);
                }
            }
            bytes.flip();
            int before = bytes.position();
            CoderResult result = decoder.decode(bytes, chars, eof);
            consumed += bytes.position() - before;
            chars.flip();
            while (chars.hasRemaining()) {
                char c = chars.get();
                if (c == '\n') {
                    line++;
                    column = 1;
                } else if (!Character.isLowSurrogate(c)) {
                    column++;
                }
            }
            chars.clear();
            if (result.isError()) {
                return new Bad(line, column, consumed, bytes.get(bytes.position()) & 0xFF);
            }
            bytes.compact();
            if (eof && result.isUnderflow()) {
                return null;
            }
        }
    }

    /** Line and column (1-based) of the code point at the 0-based {@code index} of a text. */
    static int[] ofCodePoint(Reader in, int index) throws IOException {
        int line = 1;
        int column = 1;
        int seen = 0;
        int c;
        while (seen < index && (c = in.read()) >= 0) {
            if (Character.isHighSurrogate((char) c)) {
                continue;
            }
            seen++;
            if (c == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return new int[] {line, column};
    }
}
