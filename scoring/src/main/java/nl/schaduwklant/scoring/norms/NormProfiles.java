package nl.schaduwklant.scoring.norms;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The norm profiles shipped in the jar ({@code norms/*.yml}), read and validated once: a
 * malformed shipped profile stops the application with the line and field.
 */
public final class NormProfiles {

	/** The profiles shipped. */
	static final List<String> SHIPPED = List.of("nen-8878");

	private final Map<String, NormProfile> byId = new LinkedHashMap<>();

	/**
	 * @return the profiles shipped in the jar
	 */
	public static NormProfiles shipped() {
		NormProfiles profiles = new NormProfiles();
		NormProfileReader reader = new NormProfileReader();
		for (String id : SHIPPED) {
			String file = "/norms/" + id + ".yml";
			try (InputStream in = NormProfiles.class.getResourceAsStream(file)) {
				if (in == null) {
					throw new IllegalStateException("the shipped norm profile " + file + " is missing");
				}
				NormProfile profile = reader.read(id + ".yml", new InputStreamReader(in, StandardCharsets.UTF_8));
				profiles.byId.put(profile.id(), profile);
			}
			catch (IOException ex) {
				throw new UncheckedIOException("cannot read " + file, ex);
			}
		}
		return profiles;
	}

	/**
	 * @param id a profile's id
	 * @return the profile
	 */
	public Optional<NormProfile> get(String id) {
		return Optional.ofNullable(this.byId.get(id));
	}

	/**
	 * @return every profile
	 */
	public List<NormProfile> all() {
		return List.copyOf(this.byId.values());
	}

}
