package nl.schaduwklant.scoring;

import java.time.Instant;
import java.util.List;

import nl.schaduwklant.scoring.norms.NormProfile;

/**
 * Every version of every norm profile: those shipped in the jar and those an
 * administrator saved. A version, once saved, never changes; verdicts name the version
 * they used, so an old verdict can be judged again the same way.
 */
public interface NormProfileCatalogue {

	/**
	 * @return the latest version of every profile, by id
	 */
	List<NormProfile> latest();

	/**
	 * @param id a profile's id
	 * @param version its version, or absent for the latest
	 * @return the profile
	 * @throws NormProfileNotFound when there is no such profile or version
	 */
	NormProfile get(String id, Integer version);

	/**
	 * @param id a profile's id
	 * @return its versions, oldest first
	 * @throws NormProfileNotFound when there is no such profile
	 */
	List<SavedVersion> versions(String id);

	/**
	 * Saves a new version of a profile: the YAML is validated first, its {@code id} must
	 * be the profile's and its {@code version} the next one.
	 * @param id the profile's id
	 * @param yaml the profile
	 * @param savedBy who saves it
	 * @return the version saved
	 * @throws nl.schaduwklant.scoring.norms.MalformedNormProfile when it is not a valid
	 * profile, naming the line and field
	 */
	SavedVersion save(String id, String yaml, String savedBy);

	/**
	 * One saved version of a profile.
	 *
	 * @param profile the profile's id
	 * @param version the version
	 * @param title the profile's title in it
	 * @param savedAt when it was saved
	 * @param savedBy who saved it ({@code shipped} for those in the jar)
	 * @param yaml the profile as written
	 */
	record SavedVersion(String profile, int version, String title, Instant savedAt, String savedBy, String yaml) {
	}

}
