package dev.lodestar.appraisal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.lodestar.platform.security.Caller;
import dev.lodestar.platform.web.CsvLines;

/**
 * A period's results as a file, for admins: CSV (UTF-8 with a byte-order mark, so Excel reads Chinese names) or XLSX.
 * The columns are the person, their e-mail, the template, the weighted KPI attainment in percent, the KPIs not
 * measured and the assessment — and, by design, no OKR score of any kind.
 */
@Service
public class AppraisalExport {

	/** The columns, as message keys: a test reads them back and checks that none speaks of scores. */
	static final List<String> COLUMNS = List.of("appraisal.export.person", "appraisal.export.email",
			"appraisal.export.template", "appraisal.export.weighted-attainment", "appraisal.export.unmeasured",
			"appraisal.export.assessment");

	private static final String BOM = "\uFEFF";

	private final AppraisalResults results;

	private final MessageSource messages;

	AppraisalExport(AppraisalResults results, MessageSource messages) {
		this.results = results;
		this.messages = messages;
	}

	@Transactional(readOnly = true)
	public byte[] csv(Caller caller, long periodId) {
		caller.requireAdmin();
		StringBuilder text = new StringBuilder(BOM);
		CsvLines.line(text, headers(caller.locale()));
		for (AppraisalResult result : results.ofPeriod(caller, periodId)) {
			CsvLines.line(text, cells(result));
		}
		return text.toString().getBytes(StandardCharsets.UTF_8);
	}

	@Transactional(readOnly = true)
	public byte[] xlsx(Caller caller, long periodId) {
		caller.requireAdmin();
		var out = new ByteArrayOutputStream();
		try {
			var workbook = new Workbook(out, "Lodestar", "1.0");
			Worksheet sheet = workbook.newWorksheet(messages.getMessage("appraisal.export.sheet", null, caller.locale()));
			List<String> headers = headers(caller.locale());
			for (int column = 0; column < headers.size(); column++) {
				sheet.value(0, column, headers.get(column));
				sheet.style(0, column).bold().set();
			}
			int row = 1;
			for (AppraisalResult result : results.ofPeriod(caller, periodId)) {
				List<String> cells = cells(result);
				for (int column = 0; column < cells.size(); column++) {
					if (column == 3) {
						sheet.value(row, column, result.weightedAttainment().stripTrailingZeros());
					}
					else {
						sheet.value(row, column, cells.get(column));
					}
				}
				row++;
			}
			workbook.finish();
		}
		catch (IOException impossible) {
			throw new UncheckedIOException("Writing to memory failed", impossible);
		}
		return out.toByteArray();
	}

	private List<String> headers(Locale locale) {
		return COLUMNS.stream().map(key -> messages.getMessage(key, null, locale)).toList();
	}

	private static List<String> cells(AppraisalResult result) {
		return List.of(result.personName(), result.email(), result.templateName(), plain(result.weightedAttainment()),
				String.join("; ", result.unmeasuredKpis()), result.assessment().text());
	}

	private static String plain(BigDecimal percent) {
		return percent.stripTrailingZeros().toPlainString();
	}
}
