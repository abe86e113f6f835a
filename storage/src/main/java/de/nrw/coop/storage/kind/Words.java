package de.nrw.coop.storage.kind;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The dataset words of an enum: lower case, '-' for '_' ({@code to-nrw}, {@code finanzielle-foerderung}).
 *
 * @param <E> the enum
 */
public final class Words<E extends Enum<E>> {
    private final String what;
    private final Map<String, E> byWord = new LinkedHashMap<>();

    /**
     * @param what the value in words, for messages ("partner kind")
     */
    public Words(Class<E> type, String what) {
        this.what = what;
        for (E e : type.getEnumConstants()) {
            byWord.put(word(e), e);
        }
    }

    public static String word(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** What a value is, for messages ("partner kind"). */
    public String what() {
        return what;
    }

    /** The words in declaration order. */
    public Collection<String> words() {
        return Collections.unmodifiableCollection(byWord.keySet());
    }

    /** The constant for a word, or null. */
    public E of(String word) {
        return byWord.get(word);
    }
}
