package org.citydialogue.plans;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/** The budget added up in SEK (CNY lines converted at the plan's rate): planned and spent, by who pays. */
public record BudgetTotals(BigDecimal grantPlanned, BigDecimal grantSpent, BigDecimal ownPlanned, BigDecimal ownSpent) {

    static BudgetTotals of(List<BudgetLine> lines, BigDecimal cnyPerSek) {
        BigDecimal[] sums = {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO};
        for (BudgetLine line : lines) {
            int at = line.funding() == BudgetLine.Funding.GRANT ? 0 : 2;
            sums[at] = sums[at].add(inSek(line.planned(), line.currency(), cnyPerSek));
            sums[at + 1] = sums[at + 1].add(inSek(line.spent(), line.currency(), cnyPerSek));
        }
        return new BudgetTotals(sums[0], sums[1], sums[2], sums[3]);
    }

    /** An amount in SEK; CNY divided by the rate, to whole öre. */
    public static BigDecimal inSek(BigDecimal amount, String currency, BigDecimal cnyPerSek) {
        return "CNY".equals(currency) ? amount.divide(cnyPerSek, 2, RoundingMode.HALF_EVEN) : amount;
    }

    public BigDecimal planned() {
        return grantPlanned.add(ownPlanned);
    }

    public BigDecimal spent() {
        return grantSpent.add(ownSpent);
    }
}
