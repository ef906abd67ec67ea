package org.citydialogue.plans;

/** The texts of a plan that people translate, by the table and column that hold them. */
public enum TranslatableText {
    OVERALL_GOAL("plan", "overall_goal"),
    PROJECT_GOAL("plan", "project_goal"),
    OUTCOME_TITLE("outcome", "title"),
    INDICATOR_TITLE("indicator", "title"),
    ACTIVITY_TITLE("activity", "title"),
    ACTIVITY_DESCRIPTION("activity", "description"),
    BUDGET_TITLE("budget_line", "title"),
    RISK_TITLE("risk", "title"),
    RISK_MITIGATION("risk", "mitigation");

    private final String table;
    private final String column;

    TranslatableText(String table, String column) {
        this.table = table;
        this.column = column;
    }

    /** Sets one language's version, only if the row is still at {@code version}; the plan row is keyed by partnership. */
    String update() {
        String key = "plan".equals(table) ? "partnership_id = ?" : "partnership_id = ? and id = ?";
        return "update " + table + " set " + column + " = " + column + " || jsonb_build_object(?::text, ?::text),"
                + " version = version + 1 where " + key + " and version = ?";
    }

    boolean isPlanField() {
        return "plan".equals(table);
    }
}
