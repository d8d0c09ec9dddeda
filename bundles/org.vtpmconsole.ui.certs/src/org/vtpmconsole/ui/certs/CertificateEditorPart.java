package org.vtpmconsole.ui.certs;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.ILog;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.widgets.ExpandableComposite;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.forms.widgets.Section;
import org.vtpmconsole.model.Certificate;
import org.vtpmconsole.model.Host;
import org.vtpmconsole.ui.forms.CheckRows;
import org.vtpmconsole.ui.forms.FieldRows;
import org.vtpmconsole.verify.CertificateFields;
import org.vtpmconsole.verify.CertificateTrust;
import org.vtpmconsole.verify.ChainLink;
import org.vtpmconsole.verify.ChainVerification;
import org.vtpmconsole.verify.ChainVerifier;
import org.vtpmconsole.verify.Check;
import org.vtpmconsole.verify.HostKeyCertificates;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * Editor for one fleet certificate: its X.509 fields and fleet extensions, its chain to the fleet root with every
 * link checked here in the console, its revocation status from the fleet CRL, and export as PEM or DER. Read-only:
 * certificates change only by the CA issuing or revoking them.
 */
public class CertificateEditorPart {

	/** Transient-data key under which the opener puts the {@link Certificate} to show. */
	public static final String INPUT_KEY = "vtpm.editorInput";
	static final String CHAIN_SECTION_ID = "certificate-chain";
	static final String REVOCATION_SECTION_ID = "certificate-revocation";

	private final ILog log = ILog.of(getClass());
	@Inject
	private MPart part;

	private CertificateTrust trust = CertificateTrust.NONE;
	private FormToolkit toolkit;
	private CTabFolder pages;
	private ScrolledForm form;
	private Certificate input;
	private X509Certificate certificate;
	private Composite chainBody;
	private Composite revocationBody;

	/** Called again whenever someone puts a newer root or CRL into the context. */
	@Inject
	@Optional
	void trustChanged(@Optional CertificateTrust newTrust) {
		trust = newTrust == null ? CertificateTrust.NONE : newTrust;
		if (form != null && !form.isDisposed() && certificate != null) {
			showVerification();
		}
	}

	@PostConstruct
	public void createControls(Composite parent) {
		input = (Certificate) part.getTransientData().get(INPUT_KEY);
		toolkit = new FormToolkit(parent.getDisplay());
		pages = new CTabFolder(parent, SWT.BOTTOM | SWT.FLAT);
		form = toolkit.createScrolledForm(pages);
		addPage("Certificate", form);
		try {
			certificate = parse(input.getEncoded());
		} catch (CertificateException | RuntimeException e) {
			form.setText("Certificate");
			form.setMessage("Not an X.509 certificate: " + e.getMessage(), IMessageProvider.ERROR);
			return;
		}
		String commonName = certificate.getSubjectX500Principal().getName();
		part.setLabel("Certificate \u00B7 " + commonName.replaceFirst("^CN=", "").replaceFirst(",.*", ""));
		form.setText(commonName);
		toolkit.decorateFormHeading(form.getForm());
		form.getBody().setLayout(new GridLayout(1, false));
		fieldSection("X.509", CertificateFields.x509(certificate));
		fieldSection("Fleet extensions", CertificateFields.fleetExtensions(certificate));
		chainBody = section("Chain to the fleet root", CHAIN_SECTION_ID);
		revocationBody = section("Revocation", REVOCATION_SECTION_ID);
		addExportActions();
		addPemPage();
		showVerification();
	}

	private void addPage(String title, Control control) {
		CTabItem item = new CTabItem(pages, SWT.NONE);
		item.setText(title);
		item.setControl(control);
		if (pages.getSelectionIndex() < 0) {
			pages.setSelection(item);
		}
	}

	private void addPemPage() {
		Text pem = new Text(pages, SWT.MULTI | SWT.READ_ONLY | SWT.V_SCROLL);
		pem.setFont(org.eclipse.jface.resource.JFaceResources.getTextFont());
		pem.setText(new String(CertificateExport.encode(input.getEncoded(), CertificateExport.Format.PEM),
				StandardCharsets.US_ASCII));
		addPage("PEM", pem);
	}

	private void fieldSection(String title, List<CertificateFields.Field> fields) {
		FieldRows rows = new FieldRows(toolkit, section(title, null));
		for (CertificateFields.Field field : fields) {
			if (field.copyValue() == null) {
				rows.add(field.name(), field.value());
			} else {
				rows.addCopyable(field.name(), field.value(), field.copyValue());
			}
		}
	}

	private Composite section(String title, String id) {
		Section section = toolkit.createSection(form.getBody(), ExpandableComposite.TITLE_BAR | ExpandableComposite.EXPANDED);
		section.setText(title);
		section.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		Composite body = toolkit.createComposite(section);
		body.setData(FieldRows.WIDGET_ID, id);
		section.setClient(body);
		return body;
	}

	private void showVerification() {
		java.util.Optional<String> host = input.eContainer() instanceof Host h ? java.util.Optional.ofNullable(h.getName())
				: java.util.Optional.empty();
		ChainVerification chain = HostKeyCertificates.verifyReported(certificate, host, siblingCertificates(), trust,
				Instant.now());
		for (Control child : chainBody.getChildren()) {
			child.dispose();
		}
		for (Control child : revocationBody.getChildren()) {
			child.dispose();
		}
		CheckRows chainRows = new CheckRows(toolkit, chainBody);
		for (int i = 0; i < chain.links().size(); i++) {
			ChainLink link = chain.links().get(i);
			String position = i == 0 ? "this certificate" : "issuer " + i;
			for (Check check : link.checks()) {
				chainRows.add(check.outcome(), position + ": " + check.name(), link.subject() + " \u2014 " + check.reason());
			}
		}
		chain.problem().ifPresent(problem -> chainRows.add(Check.Outcome.FAILED, "chain", problem));
		Check revocation = chain.revocation()
				.orElse(Check.notChecked(ChainVerifier.REVOCATION, "the chain was not followed to the fleet root"));
		new CheckRows(toolkit, revocationBody).add(revocation.outcome(), "status", revocation.reason());
		int severity = chain.isValid() ? IMessageProvider.INFORMATION
				: trust.fleetRoot().isEmpty() ? IMessageProvider.WARNING : IMessageProvider.ERROR;
		// short, because a long heading widens the whole form; the reasons are in the sections below
		String verdict = chain.isValid() ? "Chain verified; not revoked"
				: !revocation.isPassed() ? "Revoked or not checkable: see Revocation"
						: trust.fleetRoot().isEmpty() ? "Not checked: no fleet root known" : "Chain not valid: see below";
		form.setMessage(verdict, severity);
		form.reflow(true);
		// rows replaced in a section that keeps its size are not laid out by the reflow: they would stay 0 x 0
		form.getBody().layout(true, true);
	}

	/** The other certificates of the same host: where a VMEK-issued certificate finds its issuer. */
	private List<X509Certificate> siblingCertificates() {
		List<X509Certificate> siblings = new ArrayList<>();
		if (input.eContainer() instanceof Host host) {
			for (Certificate other : host.getCertificates()) {
				if (other != input && other.getEncoded() != null) {
					try {
						siblings.add(parse(other.getEncoded()));
					} catch (CertificateException e) {
						log.warn("skipping an unparsable certificate of host " + host.getName() + ": " + e.getMessage());
					}
				}
			}
		}
		return siblings;
	}

	private void addExportActions() {
		for (CertificateExport.Format format : CertificateExport.Format.values()) {
			form.getToolBarManager().add(new Action("Export " + format + "\u2026") {
				@Override
				public void run() {
					FileDialog dialog = new FileDialog(form.getShell(), SWT.SAVE);
					dialog.setText("Export certificate as " + format);
					dialog.setFilterExtensions(new String[] { format.pattern() });
					dialog.setFileName(input.getSerialNumber() + format.pattern().substring(1));
					dialog.setOverwrite(true);
					String chosen = dialog.open();
					if (chosen != null) {
						export(Path.of(chosen), format);
					}
				}
			});
		}
		form.getToolBarManager().update(true);
	}

	/** Writes the certificate (the FileDialog's choice; tests call it directly) and reports a failure to the user. */
	void export(Path target, CertificateExport.Format format) {
		try {
			CertificateExport.write(target, input.getEncoded(), format);
		} catch (IOException e) {
			log.error("exporting certificate " + input.getSerialNumber() + " to " + target + " failed", e);
			MessageDialog.openError(form.getShell(), "Export failed", "Cannot write " + target + ": " + e.getMessage());
		}
	}

	private static X509Certificate parse(byte[] der) throws CertificateException {
		if (der == null) {
			throw new CertificateException("the certificate's encoded bytes are missing");
		}
		return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(der));
	}

	@Focus
	public void setFocus() {
		pages.setFocus();
	}

	@PreDestroy
	public void dispose() {
		toolkit.dispose();
	}
}
