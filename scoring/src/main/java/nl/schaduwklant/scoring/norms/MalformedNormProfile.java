package nl.schaduwklant.scoring.norms;

/**
 * A norm profile that cannot be read: the message names the line and the field.
 */
public class MalformedNormProfile extends RuntimeException {

	private final int line;

	private final String field;

	MalformedNormProfile(String name, int line, String field, String problem) {
		super(name + ", line " + line + ", " + field + ": " + problem);
		this.line = line;
		this.field = field;
	}

	public int line() {
		return this.line;
	}

	public String field() {
		return this.field;
	}

}
