package nl.schaduwklant.scoring.norms;

import java.io.IOException;
import java.io.InputStream;
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
	public static final List<String> SHIPPED = List.of("nen-8878", "service-level-80-20", "municipal-telephone",
			"keurmerk-klantgericht-verzekeren", "email-one-working-day", "chat-two-minutes", "social-one-hour");

	private final Map<String, NormProfile> byId = new LinkedHashMap<>();

	private final Map<String, String> yaml = new LinkedHashMap<>();

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
				String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
				NormProfile profile = reader.read(id + ".yml", new java.io.StringReader(text));
				profiles.byId.put(profile.id(), profile);
				profiles.yaml.put(profile.id(), text);
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
	 * @param id a shipped profile's id
	 * @return its YAML, as shipped
	 */
	public Optional<String> yaml(String id) {
		return Optional.ofNullable(this.yaml.get(id));
	}

	/**
	 * @return every profile
	 */
	public List<NormProfile> all() {
		return List.copyOf(this.byId.values());
	}

}
