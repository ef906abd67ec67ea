package org.citydialogue.open311;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.citydialogue.cases.CaseSettings;

/**
 * Reads the form fields of a POST to {@code requests} into a {@link ServiceRequest}, or refuses
 * them with one clear 400 (404 for an unknown service). Nothing here touches the database: a
 * request it refuses leaves nothing behind.
 */
public final class RequestForm {

    private static final Pattern ATTRIBUTE = Pattern.compile("attribute\\[([a-z_]{1,40})\\](\\[\\])?");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()-]{5,20}");
    /** Control characters other than line breaks and tabs have no place in any field (nor in XML). */
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}&&[^\\r\\n\\t]]|[\\uFFFE\\uFFFF]");
    private static final int SHORT = 200;

    private final Map<String, String[]> fields;

    private RequestForm(Map<String, String[]> fields) {
        this.fields = fields;
    }

    public static ServiceRequest parse(Map<String, String[]> fields, CaseSettings settings) {
        return new RequestForm(fields).read(settings);
    }

    private ServiceRequest read(CaseSettings settings) {
        String code = text("service_code", SHORT);
        if (code == null) {
            throw Open311Exception.badRequest("service_code is required");
        }
        if (settings.category(code).isEmpty()) {
            throw Open311Exception.notFound("service_code " + Jurisdictions.clip(code) + " is not offered");
        }
        Double lat = coordinate("lat", 90);
        Double lon = coordinate("long", 180);
        if ((lat == null) != (lon == null)) {
            throw Open311Exception.badRequest("lat and long go together: send both or neither");
        }
        String address = text("address_string", 500);
        String addressId = text("address_id", SHORT);
        if (lat == null && address == null && addressId == null) {
            throw Open311Exception.badRequest("A location is required: lat and long, address_string or address_id");
        }
        String email = matching("email", EMAIL, "an e-mail address");
        String phone = matching("phone", PHONE, "a phone number (digits, spaces, + ( ) -)");
        Map<String, Object> attributes = new HashMap<>();
        String kind = null;
        String language = null;
        for (String name : fields.keySet()) {
            if (!name.startsWith("attribute[")) {
                continue;
            }
            Matcher matcher = ATTRIBUTE.matcher(name);
            ServiceAttribute attribute = matcher.matches() ? ServiceAttribute.find(matcher.group(1)).orElse(null) : null;
            if (attribute == null) {
                throw Open311Exception.badRequest(Jurisdictions.clip(name) + " is not an attribute of this service");
            }
            Object value = attribute(attribute, settings, name);
            switch (attribute.code()) {
                case ServiceAttribute.KIND -> kind = (String) value;
                case ServiceAttribute.LANGUAGE -> language = (String) value;
                default -> attributes.put(attribute.code(), value);
            }
        }
        return new ServiceRequest(code, lat, lon, address, addressId, email, text("device_id", SHORT),
                text("account_id", SHORT), text("first_name", 100), text("last_name", 100), phone,
                text("description", ServiceAttribute.TEXT_MAX), url("media_url"), text("client_request_id", SHORT),
                kind == null ? settings.kinds().getFirst().code() : kind, language, attributes);
    }

    private Object attribute(ServiceAttribute attribute, CaseSettings settings, String name) {
        String[] sent = fields.get(name);
        String label = "attribute[" + attribute.code() + "]";
        if (attribute.datatype() == ServiceAttribute.Datatype.MULTIVALUELIST) {
            LinkedHashSet<String> keys = new LinkedHashSet<>();
            for (String value : sent) {
                keys.add(listKey(attribute, settings, clean(value, label, SHORT), label));
            }
            return List.copyOf(keys);
        }
        String value = single(name, sent);
        int max = attribute.datatype() == ServiceAttribute.Datatype.TEXT ? ServiceAttribute.TEXT_MAX : SHORT;
        value = clean(value, label, max);
        return switch (attribute.datatype()) {
            case STRING, TEXT -> value;
            case NUMBER -> number(value, label);
            case DATETIME -> datetime(value, label);
            case SINGLEVALUELIST -> listKey(attribute, settings, value, label);
            case MULTIVALUELIST -> throw new IllegalStateException();
        };
    }

    private static String listKey(ServiceAttribute attribute, CaseSettings settings, String value, String label) {
        List<String> keys = ServiceAttribute.KIND.equals(attribute.code())
                ? settings.kinds().stream().map(k -> k.code()).toList() : attribute.values();
        if (!keys.contains(value)) {
            throw Open311Exception.badRequest(label + " must be one of " + String.join(", ", keys));
        }
        return value;
    }

    private static BigDecimal number(String value, String label) {
        try {
            BigDecimal number = new BigDecimal(value);
            if (number.abs().compareTo(BigDecimal.valueOf(1_000_000_000L)) > 0 || number.scale() > 6) {
                throw new NumberFormatException();
            }
            return number;
        } catch (NumberFormatException e) {
            throw Open311Exception.badRequest(label + " must be a number (at most 1e9, 6 decimals)");
        }
    }

    private static String datetime(String value, String label) {
        try {
            return OffsetDateTime.parse(value).toString();
        } catch (DateTimeException e) {
            throw Open311Exception.badRequest(label + " must be an ISO 8601 date-time with an offset");
        }
    }

    private Double coordinate(String name, double limit) {
        String value = text(name, 40);
        if (value == null) {
            return null;
        }
        try {
            double number = Double.parseDouble(value);
            if (!Double.isFinite(number) || Math.abs(number) > limit) {
                throw new NumberFormatException();
            }
            return number;
        } catch (NumberFormatException e) {
            throw Open311Exception.badRequest(name + " must be a decimal number from -" + (int) limit + " to "
                    + (int) limit);
        }
    }

    private String matching(String name, Pattern pattern, String what) {
        String value = text(name, SHORT);
        if (value != null && !pattern.matcher(value).matches()) {
            throw Open311Exception.badRequest(name + " must be " + what);
        }
        return value;
    }

    private String url(String name) {
        String value = text(name, 2000);
        if (value == null) {
            return null;
        }
        try {
            URI uri = new URI(value);
            if (!("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
                    || uri.getHost() == null) {
                throw new URISyntaxException(value, "not http(s)");
            }
            return uri.toString();
        } catch (URISyntaxException e) {
            throw Open311Exception.badRequest(name + " must be an http or https URL");
        }
    }

    /** A single field's value, stripped; null when absent or blank. */
    private String text(String name, int max) {
        String[] sent = fields.get(name);
        if (sent == null) {
            return null;
        }
        String value = clean(single(name, sent), name, max);
        return value.isEmpty() ? null : value;
    }

    private static String single(String name, String[] sent) {
        if (sent.length != 1) {
            throw Open311Exception.badRequest(Jurisdictions.clip(name) + " must be sent once");
        }
        return sent[0] == null ? "" : sent[0];
    }

    private static String clean(String value, String name, int max) {
        String stripped = value.strip();
        if (stripped.length() > max) {
            throw Open311Exception.badRequest(Jurisdictions.clip(name) + " is longer than " + max + " characters");
        }
        if (CONTROL.matcher(stripped).find() || hasLoneSurrogate(stripped)) {
            throw Open311Exception.badRequest(Jurisdictions.clip(name) + " contains control characters");
        }
        return stripped;
    }

    private static boolean hasLoneSurrogate(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c) && (i + 1 == value.length() || !Character.isLowSurrogate(value.charAt(++i)))
                    || Character.isLowSurrogate(c)) {
                return true;
            }
        }
        return false;
    }
}
