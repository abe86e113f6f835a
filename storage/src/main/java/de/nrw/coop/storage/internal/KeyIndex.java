package de.nrw.coop.storage.internal;

/**
 * The natural keys seen in one import and where each was first given, in a few flat arrays: a
 * million activity keys as strings with their origins would not fit the 256 MB heap an import of
 * that size must run in. Keys are kept as 64-bit hashes; a false "seen before" needs two different
 * keys with the same 64-bit hash (odds about 1 in 10^7 for a million keys).
 */
final class KeyIndex {
    private long[] hashes = new long[1024];
    private int[] files = new int[1024];
    private int[] lines = new int[1024];
    private int[] columns = new int[1024];
    private int size;

    /** Where a key was first given: index of the file in the import, line and column. */
    record Place(int file, int line, int column) {}

    /**
     * Remembers the key at the given place.
     *
     * @return {@code null} if the key is new, else where it was given first
     */
    Place add(String kind, String key, int file, int line, int column) {
        if (size * 2 >= hashes.length) {
            grow();
        }
        long hash = hash(kind, key);
        int mask = hashes.length - 1;
        for (int i = (int) (hash ^ (hash >>> 32)) & mask; ; i = (i + 1) & mask) {
            if (hashes[i] == 0) {
                hashes[i] = hash;
                files[i] = file;
                lines[i] = line;
                columns[i] = column;
                size++;
                return null;
            }
            if (hashes[i] == hash) {
                return new Place(files[i], lines[i], columns[i]);
            }
        }
    }

    private void grow() {
        long[] oldHashes = hashes;
        int[] oldFiles = files;
        int[] oldLines = lines;
        int[] oldColumns = columns;
        int capacity = oldHashes.length * 2;
        hashes = new long[capacity];
        files = new int[capacity];
        lines = new int[capacity];
        columns = new int[capacity];
        int mask = capacity - 1;
        for (int j = 0; j < oldHashes.length; j++) {
            long hash = oldHashes[j];
            if (hash != 0) {
                int i = (int) (hash ^ (hash >>> 32)) & mask;
                while (hashes[i] != 0) {
                    i = (i + 1) & mask;
                }
                hashes[i] = hash;
                files[i] = oldFiles[j];
                lines[i] = oldLines[j];
                columns[i] = oldColumns[j];
            }
        }
    }

    /** FNV-1a over kind and key, then a 64-bit finaliser (MurmurHash3's fmix64) to spread the bits. */
    static long hash(String kind, String key) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < kind.length(); i++) {
            h = (h ^ kind.charAt(i)) * 0x100000001b3L;
        }
        h = (h ^ 0xffff) * 0x100000001b3L;
        for (int i = 0; i < key.length(); i++) {
            h = (h ^ key.charAt(i)) * 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h == 0 ? 1 : h;
    }

    int size() {
        return size;
    }
}
