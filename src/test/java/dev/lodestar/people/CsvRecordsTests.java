package dev.lodestar.people;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.lodestar.people.CsvRecords.CsvRecord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class CsvRecordsTests {

	@Test
	void readsQuotedCommasDoubledQuotesAndLineBreaksInsideAField() {
		var records = CsvRecords.parse("type,name\r\nteam,\"Sales, North\"\nteam,\"The \"\"A\"\" team\nsecond line\"\n");

		assertThat(records).containsExactly(new CsvRecord(1, List.of("type", "name")),
				new CsvRecord(2, List.of("team", "Sales, North")),
				new CsvRecord(3, List.of("team", "The \"A\" team\nsecond line")));
	}

	@Test
	void dropsTheByteOrderMarkSpreadsheetsWrite() {
		byte[] bom = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };
		byte[] text = "type,name\nteam,研发\n".getBytes(StandardCharsets.UTF_8);
		byte[] file = new byte[bom.length + text.length];
		System.arraycopy(bom, 0, file, 0, bom.length);
		System.arraycopy(text, 0, file, bom.length, text.length);

		assertThat(CsvRecords.read(file).get(0).fields()).containsExactly("type", "name");
		assertThat(CsvRecords.read(file).get(1).fields()).containsExactly("team", "研发");
	}

	@Test
	void countsBlankLinesAsRowsLikeASpreadsheet() {
		var records = CsvRecords.parse("type,name\n\nteam,A");

		assertThat(records).extracting(CsvRecord::row).containsExactly(1, 2, 3);
		assertThat(records.get(1).blank()).isTrue();
		assertThat(records.get(2).fields()).containsExactly("team", "A");
	}

	@Test
	void refusesAQuoteThatIsNeverClosed() {
		assertThatExceptionOfType(ImportRefusedException.class).isThrownBy(() -> CsvRecords.parse("type,name\nteam,\"Open\n"))
			.satisfies(refused -> assertThat(refused.errors()).extracting(ImportError::row, ImportError::messageKey)
				.containsExactly(org.assertj.core.api.Assertions.tuple(2, "validation.csv-unclosed-quote")));
	}

	@Test
	void refusesAFileThatIsNotUtf8() {
		byte[] latin1 = "type,name\nteam,Caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);

		assertThatExceptionOfType(ImportRefusedException.class).isThrownBy(() -> CsvRecords.read(latin1))
			.satisfies(refused -> assertThat(refused.errors().get(0).messageKey()).isEqualTo("validation.csv-not-utf8"));
	}
}
