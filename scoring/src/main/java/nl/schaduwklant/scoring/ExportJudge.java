package nl.schaduwklant.scoring;

import java.io.IOException;
import java.io.Reader;
import java.util.List;

import nl.schaduwklant.scoring.norms.MalformedNormProfile;
import nl.schaduwklant.scoring.norms.NormProfile;
import nl.schaduwklant.scoring.norms.NormProfileReader;
import nl.schaduwklant.scoring.norms.NormProfiles;

/**
 * Judges a measurements export against a norm profile, with nothing but the file and the
 * profile: the same clauses, and so the same verdicts, as the application at the moment
 * of the export.
 */
public final class ExportJudge {

	private ExportJudge() {
	}

	/**
	 * @param profileId a profile shipped in the jar
	 * @param export a measurements export
	 * @return the verdicts
	 * @throws IllegalArgumentException when no such profile is shipped, or the export
	 * cannot be read (naming the row and column)
	 * @throws IOException when the export cannot be read at all
	 */
	public static List<VerdictView> judgeShipped(String profileId, Reader export) throws IOException {
		NormProfile profile = NormProfiles.shipped()
			.get(profileId)
			.orElseThrow(() -> new IllegalArgumentException("no norm profile " + profileId + " is shipped (shipped: "
					+ String.join(", ", NormProfiles.SHIPPED) + "); give a saved version with --profile-file"));
		return CampaignVerdicts.judge(profile, MeasurementExport.read(export));
	}

	/**
	 * @param profileName the profile's file name, for messages
	 * @param profileYaml a version of a profile, as saved
	 * @param export a measurements export
	 * @return the verdicts
	 * @throws IllegalArgumentException when the profile is malformed (naming the line and
	 * field) or the export cannot be read (naming the row and column)
	 * @throws IOException when the export cannot be read at all
	 */
	public static List<VerdictView> judge(String profileName, Reader profileYaml, Reader export) throws IOException {
		NormProfile profile;
		try {
			profile = new NormProfileReader().read(profileName, profileYaml);
		}
		catch (MalformedNormProfile ex) {
			throw new IllegalArgumentException(ex.getMessage(), ex);
		}
		return CampaignVerdicts.judge(profile, MeasurementExport.read(export));
	}

}
