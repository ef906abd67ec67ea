package org.citydialogue.i18n;

import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Locale-correct sorting of names with ICU collation: Swedish puts å ä ö after z, Chinese sorts
 * by pinyin. {@code String.compareTo} gets both wrong.
 */
public final class Collation {

    // Frozen collators are immutable and thread-safe, so one per locale is enough.
    private static final Map<Locale, Collator> COLLATORS = new ConcurrentHashMap<>();

    private Collation() {}

    /**
     * Comparator for sorting names in {@code locale}. Tertiary strength (ICU's default): letters
     * decide first, accents and case only break ties, so the order is total and stable. Nulls
     * sort last.
     */
    public static Comparator<String> forLocale(Locale locale) {
        Collator collator = COLLATORS.computeIfAbsent(locale, Collation::newCollator);
        return Comparator.nullsLast(collator::compare);
    }

    /** Comparator of items by a text key, e.g. {@code comparing(Staff::name, locale)}. */
    public static <T> Comparator<T> comparing(Function<? super T, String> key, Locale locale) {
        return Comparator.comparing(key, forLocale(locale));
    }

    /** A new list of {@code items} sorted by the text {@code key} in {@code locale}. */
    public static <T> List<T> sorted(Collection<? extends T> items, Function<? super T, String> key,
            Locale locale) {
        return items.stream().<T>map(item -> item).sorted(comparing(key, locale)).toList();
    }

    private static Collator newCollator(Locale locale) {
        Collator collator = Collator.getInstance(ULocale.forLocale(locale));
        collator.setStrength(Collator.TERTIARY);
        return collator.freeze();
    }
}
