package nl.schaduwklant.sandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

import tools.jackson.databind.json.JsonMapper;

/**
 * Every contact the simulated organisations received, in the order received. Kept in
 * memory and, when given a directory, also appended to one file of JSON lines per kind
 * ({@code mail.jsonl}, {@code chat.jsonl}, {@code form.jsonl}), each line written and
 * forced to disk before the contact is acknowledged, so the record survives whatever
 * happens to the node that made the contact.
 * <p>
 * A line: {@code {"kind":"EMAIL","token":"SK-4F2QX","organisation":"bank-zuid",
 * "at":"2026-05-01T10:42:07.123Z","reference":"<sk.…@schaduwklant.test>"}}.
 */
public class Contacts implements AutoCloseable {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final List<Contact> received = new CopyOnWriteArrayList<>();

	private final Map<ContactKind, FileChannel> files = new EnumMap<>(ContactKind.class);

	/**
	 * Contacts kept in memory only.
	 */
	public Contacts() {
	}

	/**
	 * Contacts kept in memory and appended to files in a directory (created if need be).
	 * @param directory the directory
	 */
	public Contacts(Path directory) {
		try {
			Files.createDirectories(directory);
			for (ContactKind kind : ContactKind.values()) {
				this.files.put(kind, FileChannel.open(directory.resolve(kind.fileName()), StandardOpenOption.CREATE,
						StandardOpenOption.WRITE, StandardOpenOption.APPEND));
			}
		}
		catch (IOException ex) {
			close();
			throw new UncheckedIOException("cannot keep the sandbox's contacts in " + directory, ex);
		}
	}

	/**
	 * Reads the contacts a sandbox kept in a directory.
	 * @param directory the sandbox's data directory
	 * @return the contacts, per kind in the order received
	 */
	public static List<Contact> read(Path directory) {
		List<Contact> contacts = new ArrayList<>();
		for (ContactKind kind : ContactKind.values()) {
			Path file = directory.resolve(kind.fileName());
			if (!Files.exists(file)) {
				continue;
			}
			try {
				for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
					if (!line.isBlank()) {
						contacts.add(parse(line));
					}
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException("cannot read " + file, ex);
			}
		}
		return contacts;
	}

	/**
	 * @param contacts contacts
	 * @param kind a kind of contact
	 * @return how many contacts of that kind carried each token, by token
	 */
	public static Map<String, Long> perToken(List<Contact> contacts, ContactKind kind) {
		return contacts.stream()
			.filter((contact) -> contact.kind() == kind && contact.token() != null)
			.collect(Collectors.groupingBy(Contact::token, TreeMap::new, Collectors.counting()));
	}

	/**
	 * Records a contact.
	 * @param contact what was received
	 */
	public void record(Contact contact) {
		FileChannel file = this.files.get(contact.kind());
		if (file != null) {
			append(file, contact);
		}
		this.received.add(contact);
	}

	/**
	 * @return every contact received, in the order received
	 */
	public List<Contact> all() {
		return List.copyOf(this.received);
	}

	/**
	 * @param kind a kind of contact
	 * @param token a probe token
	 * @return how many contacts of that kind carried the token
	 */
	public long count(ContactKind kind, String token) {
		return this.received.stream()
			.filter((contact) -> contact.kind() == kind && token.equals(contact.token()))
			.count();
	}

	private static void append(FileChannel file, Contact contact) {
		Map<String, Object> line = new LinkedHashMap<>();
		line.put("kind", contact.kind().name());
		line.put("token", contact.token());
		line.put("organisation", contact.organisationKey());
		line.put("at", contact.at().toString());
		line.put("reference", contact.reference());
		byte[] bytes = (JSON.writeValueAsString(line) + "\n").getBytes(StandardCharsets.UTF_8);
		synchronized (file) {
			try {
				ByteBuffer buffer = ByteBuffer.wrap(bytes);
				while (buffer.hasRemaining()) {
					file.write(buffer);
				}
				file.force(false);
			}
			catch (IOException ex) {
				throw new UncheckedIOException("cannot record a sandbox contact", ex);
			}
		}
	}

	private static Contact parse(String line) {
		Map<?, ?> fields = JSON.readValue(line, Map.class);
		return new Contact(ContactKind.valueOf((String) fields.get("kind")), (String) fields.get("token"),
				(String) fields.get("organisation"), Instant.parse((String) fields.get("at")),
				(String) fields.get("reference"));
	}

	@Override
	public void close() {
		for (FileChannel file : this.files.values()) {
			try {
				file.close();
			}
			catch (IOException ex) {
				// closing is best effort: every line was already forced to disk
			}
		}
		this.files.clear();
	}

}
