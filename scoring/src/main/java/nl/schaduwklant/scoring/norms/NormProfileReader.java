package nl.schaduwklant.scoring.norms;

import java.io.Reader;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import nl.schaduwklant.scheduler.Channel;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads a norm profile from YAML and validates it, naming the line and the field of
 * whatever is wrong: a missing or unknown field, a share outside 0–1, a limit that is not
 * an ISO-8601 duration, a clause without its source.
 */
public final class NormProfileReader {

	private static final Set<String> PROFILE_FIELDS = Set.of("id", "version", "title", "clauses");

	private static final Set<String> CLAUSE_FIELDS = Set.of("id", "title", "type", "limit", "from", "channel", "time",
			"requiredShare", "minimumSample", "source", "assumption", "assumptionReason");

	private static final Set<ClauseType> WITH_LIMIT = java.util.EnumSet.of(ClauseType.LIVE_AGENT_WITHIN,
			ClauseType.WAIT_OR_CALLBACK, ClauseType.CALLBACK_KEPT, ClauseType.REPLY_WITHIN);

	private static final Set<ClauseType> WITH_FROM = java.util.EnumSet.of(ClauseType.LIVE_AGENT_WITHIN,
			ClauseType.WAIT_OR_CALLBACK);

	/**
	 * @param name the profile's file name, for messages
	 * @param yaml its text
	 * @return the profile
	 * @throws MalformedNormProfile when it is not a valid profile
	 */
	public NormProfile read(String name, Reader yaml) {
		Node root;
		try {
			root = new Yaml(new LoaderOptions()).compose(yaml);
		}
		catch (MarkedYAMLException ex) {
			throw new MalformedNormProfile(name, ex.getProblemMark().getLine() + 1, "(syntax)", ex.getProblem());
		}
		catch (org.yaml.snakeyaml.error.YAMLException ex) {
			throw new MalformedNormProfile(name, 1, "(syntax)", ex.getMessage());
		}
		if (!(root instanceof MappingNode profile)) {
			throw new MalformedNormProfile(name, (root != null) ? line(root) : 1, "(profile)",
					"a profile is a mapping with id, version, title and clauses");
		}
		Map<String, Node> fields = fields(name, profile, PROFILE_FIELDS, "");
		Node clausesNode = required(name, profile, fields, "clauses", "");
		if (!(clausesNode instanceof SequenceNode clauses) || clauses.getValue().isEmpty()) {
			throw new MalformedNormProfile(name, line(clausesNode), "clauses", "a list of at least one clause");
		}
		List<NormClause> read = new ArrayList<>();
		java.util.Set<String> ids = new java.util.HashSet<>();
		for (int i = 0; i < clauses.getValue().size(); i++) {
			NormClause clause = clause(name, clauses.getValue().get(i), "clauses[" + i + "].");
			if (!ids.add(clause.id())) {
				throw new MalformedNormProfile(name, line(clauses.getValue().get(i)), "clauses[" + i + "].id",
						"'" + clause.id() + "' is the id of an earlier clause");
			}
			read.add(clause);
		}
		return new NormProfile(text(name, required(name, profile, fields, "id", ""), "id"),
				integer(name, required(name, profile, fields, "version", ""), "version", 1),
				text(name, required(name, profile, fields, "title", ""), "title"), read);
	}

	private NormClause clause(String name, Node node, String prefix) {
		if (!(node instanceof MappingNode clause)) {
			throw new MalformedNormProfile(name, line(node), prefix + "(clause)", "a clause is a mapping");
		}
		Map<String, Node> fields = fields(name, clause, CLAUSE_FIELDS, prefix);
		String typeName = text(name, required(name, clause, fields, "type", prefix), prefix + "type");
		ClauseType type;
		try {
			type = ClauseType.valueOf(typeName.toUpperCase(Locale.ROOT).replace('-', '_'));
		}
		catch (IllegalArgumentException ex) {
			throw new MalformedNormProfile(name, line(fields.get("type")), prefix + "type",
					"one of "
							+ String.join(", ",
									java.util.Arrays.stream(ClauseType.values()).map(NormProfileReader::kebab).toList())
							+ ", not '" + typeName + "'");
		}
		notFor(name, type, fields, "limit", WITH_LIMIT.contains(type), prefix);
		notFor(name, type, fields, "from", WITH_FROM.contains(type), prefix);
		notFor(name, type, fields, "channel", type == ClauseType.REPLY_WITHIN, prefix);
		notFor(name, type, fields, "time", type == ClauseType.REPLY_WITHIN, prefix);
		Duration limit = null;
		if (WITH_LIMIT.contains(type)) {
			Node limitNode = required(name, clause, fields, "limit", prefix);
			try {
				limit = Duration.parse(text(name, limitNode, prefix + "limit"));
			}
			catch (DateTimeParseException ex) {
				limit = null;
			}
			if (limit == null || limit.isNegative() || limit.isZero()) {
				throw new MalformedNormProfile(name, line(limitNode), prefix + "limit",
						"a positive ISO-8601 duration such as PT15S");
			}
		}
		LiveAgentWithin.From from = null;
		if (WITH_FROM.contains(type)) {
			Node fromNode = required(name, clause, fields, "from", prefix);
			try {
				from = LiveAgentWithin.From.valueOf(text(name, fromNode, prefix + "from").toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException ex) {
				throw new MalformedNormProfile(name, line(fromNode), prefix + "from", "ringing or connect");
			}
		}
		Channel channel = null;
		NormClause.ReplyTime time = null;
		if (type == ClauseType.REPLY_WITHIN) {
			Node channelNode = required(name, clause, fields, "channel", prefix);
			String channelName = text(name, channelNode, prefix + "channel");
			try {
				channel = Channel.valueOf(channelName.toUpperCase(Locale.ROOT).replace('-', '_'));
			}
			catch (IllegalArgumentException ex) {
				channel = null;
			}
			if (channel == null || channel == Channel.PHONE) {
				throw new MalformedNormProfile(name, line(channelNode), prefix + "channel",
						"a written channel: email, chat, social or contact-form, not '" + channelName + "'");
			}
			time = NormClause.ReplyTime.WALL;
			if (fields.containsKey("time")) {
				String timeName = text(name, fields.get("time"), prefix + "time");
				try {
					time = NormClause.ReplyTime.valueOf(timeName.toUpperCase(Locale.ROOT));
				}
				catch (IllegalArgumentException ex) {
					throw new MalformedNormProfile(name, line(fields.get("time")), prefix + "time",
							"wall or business, not '" + timeName + "'");
				}
			}
		}
		Node shareNode = required(name, clause, fields, "requiredShare", prefix);
		double share;
		try {
			share = Double.parseDouble(text(name, shareNode, prefix + "requiredShare"));
		}
		catch (NumberFormatException ex) {
			share = Double.NaN;
		}
		if (!(share >= 0 && share <= 1)) {
			throw new MalformedNormProfile(name, line(shareNode), prefix + "requiredShare",
					"a share between 0 and 1 (0.85 for 85 %)");
		}
		int sample = integer(name, required(name, clause, fields, "minimumSample", prefix), prefix + "minimumSample",
				1);
		boolean assumption = false;
		if (fields.containsKey("assumption")) {
			String flag = text(name, fields.get("assumption"), prefix + "assumption");
			if (!flag.equals("true") && !flag.equals("false")) {
				throw new MalformedNormProfile(name, line(fields.get("assumption")), prefix + "assumption",
						"true or false, not '" + flag + "'");
			}
			assumption = flag.equals("true");
		}
		String reason = null;
		if (assumption) {
			reason = text(name, required(name, clause, fields, "assumptionReason", prefix),
					prefix + "assumptionReason");
		}
		else if (fields.containsKey("assumptionReason")) {
			throw new MalformedNormProfile(name, line(fields.get("assumptionReason")), prefix + "assumptionReason",
					"only with assumption: true");
		}
		return new NormClause(text(name, required(name, clause, fields, "id", prefix), prefix + "id"),
				text(name, required(name, clause, fields, "title", prefix), prefix + "title"), type, limit, from,
				channel, time, share, sample,
				text(name, required(name, clause, fields, "source", prefix), prefix + "source"), assumption, reason);
	}

	private static void notFor(String name, ClauseType type, Map<String, Node> fields, String field, boolean used,
			String prefix) {
		if (!used && fields.containsKey(field)) {
			throw new MalformedNormProfile(name, line(fields.get(field)), prefix + field,
					"not used by a clause of type " + kebab(type));
		}
	}

	private static String kebab(ClauseType type) {
		return type.name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	private static Map<String, Node> fields(String name, MappingNode mapping, Set<String> known, String prefix) {
		Map<String, Node> fields = new LinkedHashMap<>();
		for (NodeTuple tuple : mapping.getValue()) {
			String key = (tuple.getKeyNode() instanceof ScalarNode scalar) ? scalar.getValue() : "";
			if (!known.contains(key)) {
				throw new MalformedNormProfile(name, line(tuple.getKeyNode()), prefix + key,
						"unknown field (known: " + String.join(", ", known.stream().sorted().toList()) + ")");
			}
			if (fields.put(key, tuple.getValueNode()) != null) {
				throw new MalformedNormProfile(name, line(tuple.getKeyNode()), prefix + key, "given twice");
			}
		}
		return fields;
	}

	private static Node required(String name, MappingNode mapping, Map<String, Node> fields, String field,
			String prefix) {
		Node node = fields.get(field);
		if (node == null) {
			throw new MalformedNormProfile(name, line(mapping), prefix + field, "missing");
		}
		return node;
	}

	private static String text(String name, Node node, String field) {
		if (!(node instanceof ScalarNode scalar) || scalar.getValue().isBlank()) {
			throw new MalformedNormProfile(name, line(node), field, "a text, not empty");
		}
		return scalar.getValue().strip();
	}

	private static int integer(String name, Node node, String field, int least) {
		try {
			int value = Integer.parseInt(text(name, node, field));
			if (value >= least) {
				return value;
			}
		}
		catch (NumberFormatException ex) {
			// said below
		}
		throw new MalformedNormProfile(name, line(node), field, "a whole number of at least " + least);
	}

	private static int line(Node node) {
		return node.getStartMark().getLine() + 1;
	}

}
