package org.citydialogue.cases;

import java.util.List;

/**
 * How satisfied the resident said they were, on their city's scale.
 *
 * @param score 1–5 on {@code skr5}; 3 (满意), 2 (基本满意) or 1 (不满意) on {@code cn3}
 * @param scale {@code skr5}: the Swedish municipalities' (SKR) 1–5 question; {@code cn3}: the 12345 hotline's three answers
 */
public record Satisfaction(int score, String scale) {

    public static final String SKR5 = "skr5";
    public static final String CN3 = "cn3";

    /** The scale a tenant's follow-up uses, by its calendar's country. */
    public static String scaleFor(String calendar) {
        return "china".equals(calendar) ? CN3 : SKR5;
    }

    public static int highest(String scale) {
        return CN3.equals(scale) ? 3 : 5;
    }

    /** The scores a staff member can record, best last. */
    public static List<Integer> scores(String scale) {
        return CN3.equals(scale) ? List.of(1, 2, 3) : List.of(1, 2, 3, 4, 5);
    }

    /** SKR's index: 1–5 mapped onto 0–100, so 4 is 75. Only the Swedish scale has one. */
    public Integer satisfactionIndex() {
        return SKR5.equals(scale) ? (score - 1) * 25 : null;
    }

    /**
     * The score as written on the timeline: the hotline's own words, which are the data residents
     * were asked in; on the Swedish scale, the score out of 5 with its index.
     */
    public String label() {
        if (CN3.equals(scale)) {
            return switch (score) {
                case 3 -> "满意";
                case 2 -> "基本满意";
                default -> "不满意";
            };
        }
        return score + "/5 (" + satisfactionIndex() + ")";
    }
}
