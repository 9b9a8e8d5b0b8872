package nl.schaduwklant.scoring.internal;

import java.io.StringReader;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import nl.schaduwklant.scoring.NormProfileCatalogue;
import nl.schaduwklant.scoring.NormProfileNotFound;
import nl.schaduwklant.scoring.norms.MalformedNormProfile;
import nl.schaduwklant.scoring.norms.NormProfile;
import nl.schaduwklant.scoring.norms.NormProfileReader;
import nl.schaduwklant.scoring.norms.NormProfiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Keeps every version of every norm profile in the database, as written. The profiles
 * shipped in the jar are saved at start-up as the versions they say they are (a version
 * that is already there is left alone: a saved version never changes).
 */
@Service
class JdbcNormProfileCatalogue implements NormProfileCatalogue, SmartInitializingSingleton {

	static final String SHIPPED = "shipped";

	private static final Logger logger = LoggerFactory.getLogger(JdbcNormProfileCatalogue.class);

	private final JdbcClient jdbc;

	private final Clock clock;

	private final NormProfileReader reader = new NormProfileReader();

	/** Versions read once: a saved version never changes. */
	private final Map<String, NormProfile> read = new ConcurrentHashMap<>();

	JdbcNormProfileCatalogue(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public void afterSingletonsInstantiated() {
		NormProfiles shipped = NormProfiles.shipped();
		for (NormProfile profile : shipped.all()) {
			String yaml = shipped.yaml(profile.id()).orElseThrow();
			List<String> saved = this.jdbc
				.sql("select yaml from norm_profile_version where profile_id = ? and version = ?")
				.params(profile.id(), profile.version())
				.query(String.class)
				.list();
			if (saved.isEmpty()) {
				try {
					insert(profile, yaml, SHIPPED);
				}
				catch (DuplicateKeyException ex) {
					// another node saved it at the same moment
				}
			}
			else if (!saved.get(0).equals(yaml)) {
				logger.warn("Norm profile {} version {} in the database differs from the one shipped; the saved one "
						+ "is kept (give the shipped one a new version)", profile.id(), profile.version());
			}
		}
	}

	@Override
	public List<NormProfile> latest() {
		return this.jdbc
			.sql("select v.profile_id, v.version from norm_profile_version v where v.version = (select max(w.version)"
					+ " from norm_profile_version w where w.profile_id = v.profile_id) order by v.profile_id")
			.query((rs, row) -> get(rs.getString("profile_id"), rs.getInt("version")))
			.list();
	}

	@Override
	public NormProfile get(String id, Integer version) {
		Integer wanted = (version != null) ? version : latestVersion(id);
		if (wanted == null) {
			throw new NormProfileNotFound(id, null);
		}
		return this.read.computeIfAbsent(id + "@" + wanted,
				(key) -> this.jdbc.sql("select yaml from norm_profile_version where profile_id = ? and version = ?")
					.params(id, wanted)
					.query(String.class)
					.optional()
					.map((yaml) -> this.reader.read(id + " version " + wanted, new StringReader(yaml)))
					.orElseThrow(() -> new NormProfileNotFound(id, version)));
	}

	@Override
	public List<SavedVersion> versions(String id) {
		List<SavedVersion> versions = this.jdbc
			.sql("select profile_id, version, title, saved_at, saved_by, yaml from norm_profile_version"
					+ " where profile_id = ? order by version")
			.param(id)
			.query((rs, row) -> new SavedVersion(rs.getString("profile_id"), rs.getInt("version"),
					rs.getString("title"), rs.getObject("saved_at", OffsetDateTime.class).toInstant(),
					rs.getString("saved_by"), rs.getString("yaml")))
			.list();
		if (versions.isEmpty()) {
			throw new NormProfileNotFound(id, null);
		}
		return versions;
	}

	@Override
	public SavedVersion save(String id, String yaml, String savedBy) {
		NormProfile profile = this.reader.read(id + ".yml", new StringReader(yaml));
		if (!profile.id().equals(id)) {
			throw MalformedNormProfile.refused("id", "'" + profile.id() + "' is saved as profile '" + id + "'");
		}
		Integer latest = latestVersion(id);
		int next = (latest != null) ? latest + 1 : 1;
		if (profile.version() != next) {
			throw MalformedNormProfile.refused("version", "the next version of '" + id + "' is " + next);
		}
		try {
			return insert(profile, yaml, savedBy);
		}
		catch (DuplicateKeyException ex) {
			throw MalformedNormProfile.refused("version",
					"version " + next + " of '" + id + "' was saved by someone else a moment ago");
		}
	}

	private SavedVersion insert(NormProfile profile, String yaml, String savedBy) {
		SavedVersion saved = new SavedVersion(profile.id(), profile.version(), profile.title(), this.clock.instant(),
				savedBy, yaml);
		this.jdbc
			.sql("insert into norm_profile_version (profile_id, version, title, yaml, saved_at, saved_by)"
					+ " values (?, ?, ?, ?, ?, ?)")
			.params(saved.profile(), saved.version(), saved.title(), yaml,
					OffsetDateTime.ofInstant(saved.savedAt(), ZoneOffset.UTC), savedBy)
			.update();
		return saved;
	}

	private Integer latestVersion(String id) {
		List<Integer> latest = this.jdbc.sql("select max(version) from norm_profile_version where profile_id = ?")
			.param(id)
			.query(Integer.class)
			.list();
		return latest.isEmpty() ? null : latest.get(0);
	}

}
