package nl.schaduwklant.sandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import nl.schaduwklant.probes.MysteryMailbox;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * What an application node needs to use a sandbox running as its own process: its mail
 * server, the mystery mailbox on it, and the base URL of its websites. The sandbox writes
 * it to {@code sandbox.json} in its data directory, for example:
 *
 * <pre>
 * {
 *   "smtpHost" : "127.0.0.1", "smtpPort" : 3025, "imapHost" : "127.0.0.1", "imapPort" : 3143,
 *   "mysteryAddress" : "marieke.devries@schaduwklant.test",
 *   "mysteryUser" : "marieke.devries@schaduwklant.test", "mysteryPassword" : "…",
 *   "webBaseUrl" : "http://127.0.0.1:8025", "dataDir" : "/tmp/sandbox"
 * }
 * </pre>
 *
 * @param smtpHost the SMTP host
 * @param smtpPort the SMTP port
 * @param imapHost the IMAP host
 * @param imapPort the IMAP port
 * @param mysteryAddress the mystery customer's address
 * @param mysteryUser the mystery mailbox's user
 * @param mysteryPassword the mystery mailbox's password
 * @param webBaseUrl the base URL of the simulated organisations' websites
 * @param dataDir where the sandbox keeps its contacts
 */
public record SandboxConnection(String smtpHost, int smtpPort, String imapHost, int imapPort, String mysteryAddress,
		String mysteryUser, String mysteryPassword, String webBaseUrl, String dataDir) {

	/** The name of the connection file in the sandbox's data directory. */
	public static final String FILE_NAME = "sandbox.json";

	private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	/**
	 * @param file a connection file
	 * @return what it says
	 */
	public static SandboxConnection read(Path file) {
		try {
			return JSON.readValue(Files.readAllBytes(file), SandboxConnection.class);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read the sandbox connection file " + file, ex);
		}
	}

	/**
	 * Writes the connection file, whole or not at all (a reader never sees half of it).
	 * @param file where to write it
	 */
	public void write(Path file) {
		try {
			Path parent = file.toAbsolutePath().getParent();
			Files.createDirectories(parent);
			Path temporary = Files.createTempFile(parent, FILE_NAME, ".tmp");
			Files.writeString(temporary, toJson());
			Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot write the sandbox connection file " + file, ex);
		}
	}

	/**
	 * @return this connection as JSON
	 */
	public String toJson() {
		return JSON.writeValueAsString(this);
	}

	/**
	 * @return the mystery mailbox on the sandbox's mail server
	 */
	public MysteryMailbox mysteryMailbox() {
		return new MysteryMailbox(this.mysteryAddress, "Marieke de Vries", this.smtpHost, this.smtpPort, this.imapHost,
				this.imapPort, MysteryMailbox.Security.NONE, this.mysteryUser, this.mysteryPassword, "Sent");
	}

	/**
	 * @return the sandbox's websites
	 */
	public SandboxSites sites() {
		String baseUrl = this.webBaseUrl;
		return () -> baseUrl;
	}

	@Override
	public String toString() {
		return "SandboxConnection[smtp " + this.smtpHost + ":" + this.smtpPort + ", imap " + this.imapHost + ":"
				+ this.imapPort + ", mailbox " + this.mysteryUser + ", web " + this.webBaseUrl + "]";
	}

}
