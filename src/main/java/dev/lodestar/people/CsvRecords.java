package dev.lodestar.people;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads comma-separated values as RFC 4180 writes them, and as spreadsheets export them: UTF-8 with or without a
 * byte-order mark, CRLF or LF, quoted fields that hold commas, doubled quotes and line breaks. A record's row is
 * the row a spreadsheet shows it on: the header is row 1, and a blank line is a row too.
 */
final class CsvRecords {

	record CsvRecord(int row, List<String> fields) {

		boolean blank() {
			return fields.stream().allMatch(String::isBlank);
		}
	}

	private CsvRecords() {
	}

	/** @throws ImportRefusedException when the bytes are not UTF-8 or a quote is never closed */
	static List<CsvRecord> read(byte[] file) {
		return parse(utf8(file));
	}

	private static String utf8(byte[] file) {
		try {
			String text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(file))
				.toString();
			return text.startsWith("\uFEFF") ? text.substring(1) : text;
		}
		catch (CharacterCodingException notUtf8) {
			throw new ImportRefusedException(List.of(new ImportError(0, null, "validation.csv-not-utf8")));
		}
	}

	static List<CsvRecord> parse(String text) {
		List<CsvRecord> records = new ArrayList<>();
		List<String> fields = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		int i = 0;
		while (i < text.length()) {
			char c = text.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
					field.append('"');
					i++;
				}
				else if (c == '"') {
					quoted = false;
				}
				else {
					field.append(c);
				}
			}
			else if (c == '"' && field.isEmpty()) {
				quoted = true;
			}
			else if (c == ',') {
				fields.add(field.toString());
				field.setLength(0);
			}
			else if (c == '\r' || c == '\n') {
				if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
					i++;
				}
				fields.add(field.toString());
				field.setLength(0);
				records.add(new CsvRecord(records.size() + 1, List.copyOf(fields)));
				fields.clear();
			}
			else {
				field.append(c);
			}
			i++;
		}
		if (quoted) {
			throw new ImportRefusedException(List.of(new ImportError(records.size() + 1, null, "validation.csv-unclosed-quote")));
		}
		if (!field.isEmpty() || !fields.isEmpty()) {
			fields.add(field.toString());
			records.add(new CsvRecord(records.size() + 1, List.copyOf(fields)));
		}
		return records;
	}
}
