package nl.schaduwklant.sandbox.mail;

import java.security.SecureRandom;
import java.util.HexFormat;

import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.store.FolderListener;
import com.icegreen.greenmail.store.MailFolder;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import nl.schaduwklant.probes.MysteryMailbox;
import nl.schaduwklant.sandbox.SimulatedOrganisation;

import org.springframework.beans.factory.DisposableBean;

/**
 * A real SMTP and IMAP server (GreenMail) on local ports (free ones unless given), with a
 * mailbox for the mystery customer and one per simulated organisation.
 */
public class SandboxMailServer implements DisposableBean {

	private final GreenMail greenMail;

	private final String mysteryAddress;

	private final String mysteryPassword;

	public SandboxMailServer(String mysteryAddress) {
		this(mysteryAddress, 0, 0, null);
	}

	/**
	 * Starts the server on 127.0.0.1.
	 * @param mysteryAddress the mystery customer's address (also the mailbox's user)
	 * @param smtpPort the SMTP port, 0 for a free one
	 * @param imapPort the IMAP port, 0 for a free one
	 * @param mysteryPassword the mystery mailbox's password, {@code null} for a random
	 * one
	 */
	public SandboxMailServer(String mysteryAddress, int smtpPort, int imapPort, String mysteryPassword) {
		this.greenMail = new GreenMail(new ServerSetup[] { setup(smtpPort, ServerSetup.PROTOCOL_SMTP),
				setup(imapPort, ServerSetup.PROTOCOL_IMAP) });
		this.mysteryAddress = mysteryAddress;
		this.mysteryPassword = (mysteryPassword != null) ? mysteryPassword
				: HexFormat.of().formatHex(new SecureRandom().generateSeed(12));
		this.greenMail.start();
		this.greenMail.setUser(mysteryAddress, mysteryAddress, this.mysteryPassword);
	}

	private static ServerSetup setup(int port, String protocol) {
		ServerSetup setup = new ServerSetup(port, "127.0.0.1", protocol);
		return (port != 0) ? setup : setup.dynamicPort();
	}

	public MysteryMailbox mysteryMailbox() {
		return new MysteryMailbox(this.mysteryAddress, "Marieke de Vries", "127.0.0.1", smtpPort(), "127.0.0.1",
				imapPort(), MysteryMailbox.Security.NONE, this.mysteryAddress, this.mysteryPassword, "Sent");
	}

	public int smtpPort() {
		return this.greenMail.getSmtp().getPort();
	}

	public int imapPort() {
		return this.greenMail.getImap().getPort();
	}

	/**
	 * Gives an organisation a mailbox and tells the listener of every message delivered
	 * to it.
	 * @param organisation the organisation
	 * @param listener called for every message delivered, on the server's thread
	 */
	void host(SimulatedOrganisation organisation, DeliveryListener listener) {
		GreenMailUser user = this.greenMail.setUser(organisation.address(), organisation.address(),
				HexFormat.of().formatHex(new SecureRandom().generateSeed(12)));
		try {
			MailFolder inbox = this.greenMail.getManagers().getImapHostManager().getInbox(user);
			inbox.addListener(new FolderListener() {

				@Override
				public void added(int msn) {
					listener.delivered(organisation, inbox.getMessages().get(msn - 1));
				}

				@Override
				public void expunged(int msn) {
				}

				@Override
				public void flagsUpdated(int msn, jakarta.mail.Flags flags, Long uid) {
				}

				@Override
				public void mailboxDeleted() {
				}

			});
		}
		catch (FolderException ex) {
			throw new IllegalStateException("Cannot open the inbox of " + organisation.address(), ex);
		}
	}

	/**
	 * Stops the server when the application stops. It is started when created (the
	 * mystery mailbox it provides is needed while wiring) and is not a lifecycle bean, so
	 * pausing the application does not take its ports away.
	 */
	@Override
	public void destroy() {
		this.greenMail.stop();
	}

	/**
	 * Told of every message delivered to an organisation.
	 */
	@FunctionalInterface
	interface DeliveryListener {

		void delivered(SimulatedOrganisation organisation, com.icegreen.greenmail.store.StoredMessage message);

	}

}
