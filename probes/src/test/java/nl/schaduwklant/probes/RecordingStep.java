package nl.schaduwklant.probes;

import java.util.ArrayList;
import java.util.List;

/**
 * An irreversible step that only remembers what was marked, for channel tests without the
 * probes core.
 */
public class RecordingStep implements IrreversibleStep {

	private final List<String> marks = new ArrayList<>();

	@Override
	public void mark(String what) {
		this.marks.add(what);
	}

	@Override
	public boolean marked() {
		return !this.marks.isEmpty();
	}

	public List<String> marks() {
		return this.marks;
	}

}
