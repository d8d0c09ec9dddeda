package org.vtpmconsole.ui.connections;

import java.security.cert.X509Certificate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.vtpmconsole.client.ServerIdentity;
import org.vtpmconsole.ui.parts.FleetExplorerPart;

/**
 * Asks whether to trust a fleet root on first contact, or a server certificate that changed: subject, issuer,
 * validity and SHA-256 fingerprint of each certificate, to compare with what the CA administrator published.
 * Cancel is the default button: pressing Enter trusts nothing.
 */
public final class TrustPromptDialog extends TitleAreaDialog {

	public static final int TRUST = IDialogConstants.OK_ID;
	/** Widget id ({@link FleetExplorerPart#WIDGET_ID}) prefix of the fingerprints, for tests. */
	public static final String FINGERPRINT_ID = "trustPrompt.fingerprint";
	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT)
			.withZone(ZoneOffset.UTC);

	private final String title;
	private final String message;
	private final String[] headings;
	private final X509Certificate[] certificates;

	private TrustPromptDialog(Shell parent, String title, String message, String[] headings,
			X509Certificate[] certificates) {
		super(parent);
		this.title = title;
		this.message = message;
		this.headings = headings;
		this.certificates = certificates;
	}

	static TrustPromptDialog forNewRoot(Shell parent, ServerIdentity server) {
		return new TrustPromptDialog(parent, "Trust this fleet root?",
				"First contact with " + server.endpoint() + ". Compare the root's fingerprint with the one your CA "
						+ "administrator published before you trust it.",
				new String[] { "Fleet root", "Server certificate" },
				new X509Certificate[] { server.root(), server.serverCertificate() });
	}

	static TrustPromptDialog forChangedServer(Shell parent, ServerIdentity previous, ServerIdentity current) {
		return new TrustPromptDialog(parent, "Server certificate changed",
				current.endpoint() + " presents another certificate than at the last contact. A renewal looks like this; "
						+ "so does someone in between. Both are signed by the fleet root you trusted.",
				new String[] { "Now", "Before" },
				new X509Certificate[] { current.serverCertificate(), previous.serverCertificate() });
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText("Certificate Trust");
	}

	@Override
	public void create() {
		super.create();
		setTitle(title);
		setMessage(message, IMessageProvider.WARNING);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		Composite body = new Composite(area, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
		GridLayoutFactory.swtDefaults().applyTo(body);
		for (int i = 0; i < certificates.length; i++) {
			Group group = new Group(body, SWT.NONE);
			group.setText(headings[i]);
			GridDataFactory.fillDefaults().grab(true, false).applyTo(group);
			GridLayoutFactory.swtDefaults().numColumns(2).applyTo(group);
			X509Certificate certificate = certificates[i];
			row(group, "Subject:", certificate.getSubjectX500Principal().getName(), null);
			row(group, "Issuer:", certificate.getIssuerX500Principal().getName(), null);
			row(group, "Valid:", DAY.format(certificate.getNotBefore().toInstant()) + " to "
					+ DAY.format(certificate.getNotAfter().toInstant()), null);
			row(group, "SHA-256:", ServerIdentity.sha256(certificate), FINGERPRINT_ID + "." + i);
		}
		return area;
	}

	private static void row(Composite parent, String name, String value, String id) {
		new Label(parent, SWT.NONE).setText(name);
		// read-only text: the user can select and copy a fingerprint to compare it
		Text text = new Text(parent, SWT.READ_ONLY | SWT.WRAP);
		text.setText(value);
		text.setData(FleetExplorerPart.WIDGET_ID, id);
		GridDataFactory.fillDefaults().grab(true, false).hint(560, SWT.DEFAULT).applyTo(text);
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, TRUST, "&Trust", false);
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, true);
	}

	@Override
	protected boolean isResizable() {
		return true;
	}
}
