package org.citydialogue.benchmarks;

import org.citydialogue.i18n.Msg;

/** Message keys of the catalogue's KPIs and of the breakdowns; literal, so the catalogue test checks each. */
public final class BenchmarkKeys {

    private BenchmarkKeys() {
    }

    public static String kpi(String id) {
        return switch (id) {
            case "promise-kept" -> Msg.key("benchmarks.kpi.promise-kept");
            case "answered-1wd" -> Msg.key("benchmarks.kpi.answered-1wd");
            case "answered-2wd" -> Msg.key("benchmarks.kpi.answered-2wd");
            case "first-answer-median" -> Msg.key("benchmarks.kpi.first-answer-median");
            case "first-answer-p90" -> Msg.key("benchmarks.kpi.first-answer-p90");
            case "resolution-rate" -> Msg.key("benchmarks.kpi.resolution-rate");
            case "timely-resolution" -> Msg.key("benchmarks.kpi.timely-resolution");
            case "response-rate" -> Msg.key("benchmarks.kpi.response-rate");
            case "satisfaction-index" -> Msg.key("benchmarks.kpi.satisfaction-index");
            case "satisfaction-rate" -> Msg.key("benchmarks.kpi.satisfaction-rate");
            case "satisfaction-answers" -> Msg.key("benchmarks.kpi.satisfaction-answers");
            case "redo-rate" -> Msg.key("benchmarks.kpi.redo-rate");
            case "forwarding-rate" -> Msg.key("benchmarks.kpi.forwarding-rate");
            case "first-contact-resolution" -> Msg.key("benchmarks.kpi.first-contact-resolution");
            case "channel-mix" -> Msg.key("benchmarks.kpi.channel-mix");
            case "contacts-per-10k" -> Msg.key("benchmarks.kpi.contacts-per-10k");
            case "urge-rate" -> Msg.key("benchmarks.kpi.urge-rate");
            default -> throw new IllegalArgumentException("No name for the KPI " + id);
        };
    }

    public static String dimension(KpiCell.Dimension dimension) {
        return switch (dimension) {
            case TOTAL -> Msg.key("benchmarks.dimension.total");
            case CATEGORY -> Msg.key("benchmarks.dimension.category");
            case CHANNEL -> Msg.key("benchmarks.dimension.channel");
        };
    }
}
