package dev.lodestar.people;

/**
 * Why one row of an import file is refused. {@code row} counts as a spreadsheet does, the header being row 1;
 * row 0 means the file as a whole. {@code column} is absent when the whole row is wrong.
 */
public record ImportError(int row, String column, String messageKey, Object... args) {

	public ImportError {
		args = args.clone();
	}

	@Override
	public Object[] args() {
		return args.clone();
	}

	/** The JSON path the API names the problem by, e.g. {@code rows[3].email}. */
	public String field() {
		if (row == 0) {
			return "file";
		}
		return "rows[" + row + "]" + (column == null ? "" : "." + column);
	}
}
