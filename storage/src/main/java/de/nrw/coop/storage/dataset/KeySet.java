package de.nrw.coop.storage.dataset;

/**
 * The natural keys of one kind seen in a file, to find duplicates, with the line of each first
 * occurrence. Holds 64-bit hashes in open addressing instead of the strings, so a file of a
 * million activities costs about 24 MB here rather than a hundred. Two different keys sharing a
 * hash is possible in principle (about 1 in 10^7 for a million keys) and would be reported as a
 * duplicate; the message quotes the key, so a reader sees at once if it is not one.
 */
final class KeySet {
    private long[] hashes = new long[64];
    private int[] lines = new int[64];
    private int size;

    /**
     * Adds the key.
     *
     * @return 0 if it is new, else the line where it was first seen (or -1 if that line is unknown)
     */
    int add(String key, int line) {
        if (size * 2 >= hashes.length) {
            grow();
        }
        long h = hash(key);
        int mask = hashes.length - 1;
        int i = (int) (h ^ (h >>> 32)) & mask;
        while (hashes[i] != 0) {
            if (hashes[i] == h) {
                return lines[i] > 0 ? lines[i] : -1;
            }
            i = (i + 1) & mask;
        }
        hashes[i] = h;
        lines[i] = line;
        size++;
        return 0;
    }

    private void grow() {
        long[] oldHashes = hashes;
        int[] oldLines = lines;
        hashes = new long[oldHashes.length * 2];
        lines = new int[oldHashes.length * 2];
        int mask = hashes.length - 1;
        for (int j = 0; j < oldHashes.length; j++) {
            long h = oldHashes[j];
            if (h != 0) {
                int i = (int) (h ^ (h >>> 32)) & mask;
                while (hashes[i] != 0) {
                    i = (i + 1) & mask;
                }
                hashes[i] = h;
                lines[i] = oldLines[j];
            }
        }
    }

    /** FNV-1a over the UTF-16 units, then a final mix; never 0 (0 marks a free slot). */
    static long hash(String key) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < key.length(); i++) {
            h ^= key.charAt(i);
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        return h == 0 ? 1 : h;
    }
}
