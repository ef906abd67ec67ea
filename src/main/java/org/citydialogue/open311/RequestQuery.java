package org.citydialogue.open311;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.citydialogue.cases.CaseListing;
import org.citydialogue.tenancy.Tenant;

/**
 * The filters of GET {@code requests}: {@code service_request_id} (a comma list; the others are then
 * ignored), {@code service_code} and {@code status} (comma lists), {@code start_date} and
 * {@code end_date} at most 90 days apart (the last 90 days when neither is given), {@code extensions}.
 */
public record RequestQuery(List<String> ids, List<String> serviceCodes, Boolean open, Instant start, Instant end,
        boolean extensions) {

    private static final int MAX_IDS = 100;

    public static RequestQuery parse(Map<String, String[]> fields, Tenant tenant, Instant now) {
        List<String> ids = list(fields, "service_request_id");
        if (ids.size() > MAX_IDS) {
            throw Open311Exception.badRequest("service_request_id takes at most " + MAX_IDS + " ids");
        }
        List<String> statuses = list(fields, "status");
        if (!Set.of("open", "closed").containsAll(statuses)) {
            throw Open311Exception.badRequest("status must be open, closed or both (comma-separated)");
        }
        Boolean open = statuses.size() == 1 ? statuses.contains("open") : null;
        String startText = single(fields, "start_date");
        String endText = single(fields, "end_date");
        Instant start = startText == null ? null : Dates.parse(startText, "start_date", tenant);
        Instant end = endText == null ? null : Dates.parse(endText, "end_date", tenant);
        if (start == null && end == null) {
            end = now;
        }
        if (start == null) {
            start = end.minus(RequestViews.WINDOW);
        } else if (end == null) {
            end = start.plus(RequestViews.WINDOW);
        }
        if (end.isBefore(start)) {
            throw Open311Exception.badRequest("end_date must not be before start_date");
        }
        if (end.isAfter(start.plus(RequestViews.WINDOW))) {
            throw Open311Exception.badRequest("start_date and end_date must be at most 90 days apart");
        }
        String extensions = single(fields, "extensions");
        if (extensions != null && !Set.of("true", "false").contains(extensions)) {
            throw Open311Exception.badRequest("extensions must be true or false");
        }
        return new RequestQuery(ids, list(fields, "service_code"), open, start, end, "true".equals(extensions));
    }

    CaseListing.Criteria criteria(int limit) {
        return new CaseListing.Criteria(ids, serviceCodes, open, start, end, limit);
    }

    private static List<String> list(Map<String, String[]> fields, String name) {
        String value = single(fields, name);
        if (value == null) {
            return List.of();
        }
        List<String> items = Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        if (items.stream().anyMatch(s -> s.length() > 100)) {
            throw Open311Exception.badRequest(name + " has an item longer than 100 characters");
        }
        return items;
    }

    /** One parameter sent at most once, stripped; null when absent or blank. */
    public static String single(Map<String, String[]> fields, String name) {
        String[] values = fields.get(name);
        if (values == null || values.length == 0 || values[0] == null || values[0].isBlank()) {
            return null;
        }
        if (values.length > 1) {
            throw Open311Exception.badRequest(name + " must be sent once");
        }
        String value = values[0].strip();
        if (value.length() > 2000) {
            throw Open311Exception.badRequest(name + " is too long");
        }
        return value;
    }
}
