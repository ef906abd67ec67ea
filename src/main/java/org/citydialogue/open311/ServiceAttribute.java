package org.citydialogue.open311;

import java.util.List;
import org.citydialogue.i18n.Msg;

/**
 * The extra fields every service of a city offers (GeoReport v2 "attributes"), one of each
 * datatype. {@code kind} and {@code language} fill the case's kind and the resident's language;
 * the others are kept with the request as the client sent them.
 *
 * @param values the keys of a list's values; for {@code kind} they come from the tenant's catalogue
 */
public record ServiceAttribute(String code, Datatype datatype, String nameKey, String helpKey, List<String> values) {

    public enum Datatype {
        STRING, NUMBER, DATETIME, TEXT, SINGLEVALUELIST, MULTIVALUELIST;

        public String spec() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public static final String KIND = "kind";
    public static final String LANGUAGE = "language";
    public static final int STRING_MAX = 200;
    public static final int TEXT_MAX = 4000;

    /** In the order clients show them; none is required, so any Open311 client can post without them. */
    public static final List<ServiceAttribute> ALL = List.of(
            new ServiceAttribute(KIND, Datatype.SINGLEVALUELIST, Msg.key("open311.attribute.kind"),
                    Msg.key("open311.attribute.kind.help"), List.of()),
            new ServiceAttribute(LANGUAGE, Datatype.SINGLEVALUELIST, Msg.key("open311.attribute.language"),
                    Msg.key("open311.attribute.language.help"), List.of("sv", "en", "zh-Hans")),
            new ServiceAttribute("observed_at", Datatype.DATETIME, Msg.key("open311.attribute.observed_at"),
                    Msg.key("open311.attribute.observed_at.help"), List.of()),
            new ServiceAttribute("landmark", Datatype.STRING, Msg.key("open311.attribute.landmark"),
                    Msg.key("open311.attribute.landmark.help"), List.of()),
            new ServiceAttribute("quantity", Datatype.NUMBER, Msg.key("open311.attribute.quantity"),
                    Msg.key("open311.attribute.quantity.help"), List.of()),
            new ServiceAttribute("details", Datatype.TEXT, Msg.key("open311.attribute.details"),
                    Msg.key("open311.attribute.details.help"), List.of()),
            new ServiceAttribute("affected", Datatype.MULTIVALUELIST, Msg.key("open311.attribute.affected"),
                    Msg.key("open311.attribute.affected.help"),
                    List.of("pedestrians", "cyclists", "drivers", "children", "elderly")));

    /** The i18n key of a value's name in the {@code affected} list; literal keys for the catalogue test. */
    public static String affectedKey(String value) {
        return switch (value) {
            case "pedestrians" -> Msg.key("open311.affected.pedestrians");
            case "cyclists" -> Msg.key("open311.affected.cyclists");
            case "drivers" -> Msg.key("open311.affected.drivers");
            case "children" -> Msg.key("open311.affected.children");
            case "elderly" -> Msg.key("open311.affected.elderly");
            default -> throw new IllegalArgumentException(value);
        };
    }

    public static java.util.Optional<ServiceAttribute> find(String code) {
        return ALL.stream().filter(a -> a.code().equals(code)).findFirst();
    }
}
