package org.citydialogue.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class CollationTest {

    private static final List<String> PLACES = List.of("Örebro", "Zürich", "Älvsjö", "Arboga", "Åre");

    private record City(String name) {}

    @Test
    void swedish_sorts_a_ring_a_umlaut_o_umlaut_after_z() {
        List<String> places = new ArrayList<>(PLACES);
        places.sort(Collation.forLocale(Locale.forLanguageTag("sv")));
        assertThat(places).containsExactly("Arboga", "Zürich", "Åre", "Älvsjö", "Örebro");
    }

    @Test
    void english_sorts_accented_letters_with_their_base_letter() {
        List<String> places = new ArrayList<>(PLACES);
        places.sort(Collation.forLocale(Locale.ENGLISH));
        assertThat(places).containsExactly("Älvsjö", "Arboga", "Åre", "Örebro", "Zürich");
    }

    @Test
    void chinese_sorts_by_pinyin() {
        List<String> cities = new ArrayList<>(List.of("济南", "北京", "上海"));
        cities.sort(Collation.forLocale(Locale.forLanguageTag("zh-Hans")));
        assertThat(cities).containsExactly("北京", "济南", "上海");
    }

    @Test
    void sorts_items_by_a_text_key() {
        List<City> cities = List.of(new City("Örebro"), new City("Västerås"), new City("Arboga"));
        assertThat(Collation.sorted(cities, City::name, Locale.forLanguageTag("sv")))
                .extracting(City::name)
                .containsExactly("Arboga", "Västerås", "Örebro");
    }

    @Test
    void puts_missing_names_last() {
        List<String> names = new ArrayList<>();
        names.add(null);
        names.add("Anna");
        names.sort(Collation.forLocale(Locale.ENGLISH));
        assertThat(names).containsExactly("Anna", null);
    }
}
