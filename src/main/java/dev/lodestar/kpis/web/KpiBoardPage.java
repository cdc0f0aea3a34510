package dev.lodestar.kpis.web;

import java.util.List;

import dev.lodestar.platform.web.PageLinks;
import dev.lodestar.platform.web.Shell;

/**
 * A KPI board: the organisation's, a team's or a person's. {@code newKpiHref} is where to define one, for those who
 * may; {@code pager} is absent when the board is not paged.
 */
public record KpiBoardPage(Shell shell, String title, List<KpiRow> rows, String newKpiHref, PageLinks pager) {
}
