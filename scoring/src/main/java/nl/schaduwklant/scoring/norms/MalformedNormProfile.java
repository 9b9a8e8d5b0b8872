package nl.schaduwklant.scoring.norms;

/**
 * A norm profile that cannot be read: the message names the line and the field.
 */
public class MalformedNormProfile extends RuntimeException {

	private final int line;

	private final String field;

	private final String problem;

	MalformedNormProfile(String name, int line, String field, String problem) {
		super(name + ", line " + line + ", " + field + ": " + problem);
		this.line = line;
		this.field = field;
		this.problem = problem;
	}

	/**
	 * @param field the field at fault
	 * @param problem what is wrong with it
	 * @return a profile refused as a whole (its id or version does not fit where it is
	 * saved), at its first line
	 */
	public static MalformedNormProfile refused(String field, String problem) {
		return new MalformedNormProfile("the profile", 1, field, problem);
	}

	public String problem() {
		return this.problem;
	}

	public int line() {
		return this.line;
	}

	public String field() {
		return this.field;
	}

}
