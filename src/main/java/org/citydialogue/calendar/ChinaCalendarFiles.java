package org.citydialogue.calendar;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads and checks the files {@code china-<year>.yaml} of the calendars folder. A mistake copying
 * a notice would silently move every Jinan deadline, so each is refused with file, field and problem.
 */
final class ChinaCalendarFiles {

    private static final Pattern NAME = Pattern.compile("china-(\\d{4})\\.yaml");
    private static final Set<String> TOP_FIELDS = Set.of("year", "source", "holidays", "working-weekends");
    private static final Set<String> SOURCE_FIELDS = Set.of("title", "number", "date");
    private static final Set<String> HOLIDAY_FIELDS = Set.of("name", "date", "from", "to");
    private static final Set<String> NAME_LANGUAGES = Set.of("zh-Hans", "en");
    private static final YAMLMapper YAML = new YAMLMapper();

    private final String file;
    private int year;

    private ChinaCalendarFiles(String file) {
        this.file = file;
    }

    /** Every year's data in the folder; none if there is no such folder. */
    static SortedMap<Integer, ChinaHolidayYear> readFolder(Path folder) {
        SortedMap<Integer, ChinaHolidayYear> years = new TreeMap<>();
        if (!Files.isDirectory(folder)) {
            return years;
        }
        try (var files = Files.list(folder)) {
            for (Path path : files.filter(p -> p.getFileName().toString().matches("china-.*\\.ya?ml")).sorted().toList()) {
                ChinaHolidayYear year = readFile(path);
                years.put(year.year(), year);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return years;
    }

    static ChinaHolidayYear readFile(Path path) {
        String file = path.getFileName().toString();
        Matcher name = NAME.matcher(file);
        if (!name.matches()) {
            throw new CalendarFileException(file, "(file name)", "must be china-<year>.yaml, e.g. china-2026.yaml");
        }
        JsonNode root;
        try {
            root = YAML.readTree(path.toFile());
        } catch (JacksonException e) {
            var at = e.getLocation();
            throw new CalendarFileException(file, "(file)", "not valid YAML"
                    + (at == null || at.getLineNr() < 1 ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr())
                    + ": " + e.getOriginalMessage().lines().findFirst().orElse("unreadable").strip());
        }
        return new ChinaCalendarFiles(file).year(root, Integer.parseInt(name.group(1)));
    }

    private ChinaHolidayYear year(JsonNode root, int yearOfName) {
        onlyKnown(root, TOP_FIELDS, "(file)");
        JsonNode yearNode = required(root, "year", "year");
        if (!yearNode.isIntegralNumber()) {
            throw fail("year", "'" + yearNode.asString() + "' must be a year such as " + yearOfName);
        }
        year = yearNode.asInt();
        if (year != yearOfName) {
            throw fail("year", year + " does not match the file name (" + yearOfName + ")");
        }
        JsonNode source = required(root, "source", "source");
        onlyKnown(source, SOURCE_FIELDS, "source");
        var notice = new ChinaHolidayYear.Notice(text(source, "title", "source.title"),
                text(source, "number", "source.number"), date(required(source, "date", "source.date"), "source.date", false));
        List<ChinaHolidayYear.Holiday> holidays = holidays(list(root, "holidays"));
        Set<LocalDate> workingWeekends = workingWeekends(list(root, "working-weekends"), holidays);
        return new ChinaHolidayYear(year, notice, holidays, workingWeekends);
    }

    private List<ChinaHolidayYear.Holiday> holidays(JsonNode list) {
        List<ChinaHolidayYear.Holiday> holidays = new ArrayList<>();
        Map<LocalDate, String> taken = new HashMap<>();
        for (int i = 0; i < list.size(); i++) {
            String field = "holidays[" + i + "]";
            JsonNode entry = list.get(i);
            onlyKnown(entry, HOLIDAY_FIELDS, field);
            Map<String, String> name = name(required(entry, "name", field + ".name"), field + ".name");
            LocalDate from;
            LocalDate to;
            if (entry.has("date")) {
                if (entry.has("from") || entry.has("to")) {
                    throw fail(field, "give either date or from and to, not both");
                }
                from = to = date(entry.get("date"), field + ".date", true);
            } else {
                from = date(required(entry, "from", field + ".from"), field + ".from", true);
                to = date(required(entry, "to", field + ".to"), field + ".to", true);
                if (to.isBefore(from)) {
                    throw fail(field + ".to", to + " is before from (" + from + ")");
                }
            }
            var holiday = new ChinaHolidayYear.Holiday(name, from, to);
            for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
                String other = taken.putIfAbsent(day, holiday.toString());
                if (other != null) {
                    throw fail(field, day + " is already part of " + other);
                }
            }
            holidays.add(holiday);
        }
        return holidays;
    }

    private Set<LocalDate> workingWeekends(JsonNode list, List<ChinaHolidayYear.Holiday> holidays) {
        Set<LocalDate> days = new LinkedHashSet<>();
        for (int i = 0; i < list.size(); i++) {
            String field = "working-weekends[" + i + "]";
            LocalDate day = date(list.get(i), field, true);
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                throw fail(field, day + " is a " + day.getDayOfWeek().toString().toLowerCase()
                        + ", not a weekend day; only weekends are swapped into working days");
            }
            for (var holiday : holidays) {
                if (holiday.includes(day)) {
                    throw fail(field, day + " is both a working weekend and a day off of " + holiday);
                }
            }
            if (!days.add(day)) {
                throw fail(field, day + " is listed twice");
            }
        }
        return days;
    }

    private Map<String, String> name(JsonNode node, String field) {
        onlyKnown(node, NAME_LANGUAGES, field);
        Map<String, String> name = new LinkedHashMap<>();
        for (String language : List.of("zh-Hans", "en")) {
            name.put(language, text(node, language, field + "." + language));
        }
        return name;
    }

    private LocalDate date(JsonNode node, String field, boolean inYear) {
        String text = node.isValueNode() ? node.asString() : "";
        LocalDate date;
        try {
            date = LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw fail(field, "'" + text + "' is not a date (yyyy-mm-dd)");
        }
        if (inYear && date.getYear() != year) {
            throw fail(field, date + " is not in " + year + "; each year's days go in that year's file");
        }
        return date;
    }

    private JsonNode list(JsonNode node, String field) {
        JsonNode list = node.get(field);
        if (list == null || list.isNull()) {
            return YAML.createArrayNode();
        }
        if (!list.isArray()) {
            throw fail(field, "must be a list");
        }
        return list;
    }

    private String text(JsonNode node, String name, String field) {
        JsonNode value = required(node, name, field);
        if (!value.isValueNode() || value.asString().isBlank()) {
            throw fail(field, "must be a non-empty text");
        }
        return value.asString().strip();
    }

    private JsonNode required(JsonNode node, String name, String field) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            throw fail(field, "is required");
        }
        return value;
    }

    private void onlyKnown(JsonNode node, Set<String> known, String field) {
        if (node == null || !node.isObject()) {
            throw fail(field, "must be a mapping");
        }
        for (String name : node.propertyNames()) {
            if (!known.contains(name)) {
                throw fail(field.equals("(file)") ? name : field + "." + name, "unknown field");
            }
        }
    }

    private CalendarFileException fail(String field, String problem) {
        return new CalendarFileException(file, field, problem);
    }
}
