package nl.schaduwklant.sandbox;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sandbox's record of contacts, in memory and as JSON lines on disk.
 */
class ContactsTests {

	private static final Instant AT = Instant.parse("2026-05-04T10:42:07.123456Z");

	@TempDir
	Path directory;

	@Test
	void shouldWriteEveryContactToItsKindsFileBeforeReturning() throws Exception {
		try (Contacts contacts = new Contacts(this.directory)) {
			contacts.record(new Contact(ContactKind.EMAIL, "SK-AAAAA", "bank-zuid", AT, "<sk.1.1@schaduwklant.test>"));
			contacts.record(new Contact(ContactKind.CHAT, "SK-BBBBB", "telecom-golf", AT, null));

			// read while the sandbox still holds the files open: nothing waits in a
			// buffer
			assertThat(Files.readAllLines(this.directory.resolve("mail.jsonl"), StandardCharsets.UTF_8))
				.containsExactly("{\"kind\":\"EMAIL\",\"token\":\"SK-AAAAA\",\"organisation\":\"bank-zuid\","
						+ "\"at\":\"2026-05-04T10:42:07.123456Z\",\"reference\":\"<sk.1.1@schaduwklant.test>\"}");
			assertThat(Files.readAllLines(this.directory.resolve("chat.jsonl"), StandardCharsets.UTF_8)).hasSize(1);
			assertThat(this.directory.resolve("form.jsonl")).isEmptyFile();
		}
	}

	@Test
	void shouldReadBackWhatAnEarlierSandboxAppendedAndCountContactsPerToken() {
		try (Contacts first = new Contacts(this.directory)) {
			first.record(new Contact(ContactKind.CONTACT_FORM, "SK-CCCCC", "boekhandel-pagina", AT, null));
		}
		try (Contacts second = new Contacts(this.directory)) {
			second.record(
					new Contact(ContactKind.CONTACT_FORM, "SK-CCCCC", "boekhandel-pagina", AT.plusSeconds(3), null));
			second.record(new Contact(ContactKind.EMAIL, null, "bank-zuid", AT, null));
		}

		List<Contact> read = Contacts.read(this.directory);

		assertThat(read).hasSize(3)
			.contains(new Contact(ContactKind.CONTACT_FORM, "SK-CCCCC", "boekhandel-pagina", AT.plusSeconds(3), null));
		assertThat(Contacts.perToken(read, ContactKind.CONTACT_FORM))
			.containsExactly(java.util.Map.entry("SK-CCCCC", 2L));
		assertThat(Contacts.perToken(read, ContactKind.EMAIL)).isEmpty();
	}

	@Test
	void shouldCountInMemoryWhenKeptWithoutDirectory() {
		Contacts contacts = new Contacts();
		contacts.record(new Contact(ContactKind.CHAT, "SK-DDDDD", "telecom-golf", AT, null));
		contacts.record(new Contact(ContactKind.CHAT, "SK-DDDDD", "telecom-golf", AT, null));

		assertThat(contacts.count(ContactKind.CHAT, "SK-DDDDD")).isEqualTo(2);
		assertThat(contacts.count(ContactKind.EMAIL, "SK-DDDDD")).isZero();
	}

}
