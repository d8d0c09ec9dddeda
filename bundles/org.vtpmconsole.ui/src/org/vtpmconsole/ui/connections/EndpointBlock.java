package org.vtpmconsole.ui.connections;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.vtpmconsole.client.ConnectionKind;
import org.vtpmconsole.ui.parts.FleetExplorerPart;

/** Kind, name and URL. The kind is chosen once: a CA connection does not turn into an agent's. */
final class EndpointBlock implements ConnectionSettingsBlock {

	static final String KIND_ID = "connection.kind";
	static final String NAME_ID = "connection.name";
	static final String URL_ID = "connection.url";
	private static final String[] KIND_LABELS = { "Fleet CA", "Host agent" };

	private final ConnectionDraft draft;

	EndpointBlock(ConnectionDraft draft) {
		this.draft = draft;
	}

	@Override
	public String title() {
		return "Connection";
	}

	@Override
	public String description() {
		return "Where the fleet CA or a host agent serves its API over mutual TLS";
	}

	@Override
	public Control createControl(Composite parent, Runnable changed) {
		Composite body = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(body);
		new Label(body, SWT.NONE).setText("&Kind:");
		Combo kind = new Combo(body, SWT.READ_ONLY);
		kind.setItems(KIND_LABELS);
		kind.select(draft.kind.ordinal());
		kind.setEnabled(draft.isNew());
		kind.setData(FleetExplorerPart.WIDGET_ID, KIND_ID);
		kind.addListener(SWT.Selection, e -> {
			draft.kind = ConnectionKind.values()[kind.getSelectionIndex()];
			changed.run();
		});
		Text name = text(body, "&Name:", draft.name, NAME_ID);
		name.setMessage("Fleet CA");
		name.addListener(SWT.Modify, e -> {
			draft.name = name.getText();
			changed.run();
		});
		Text url = text(body, "&URL:", draft.url, URL_ID);
		url.setMessage("https://ca.example.org:8443");
		url.addListener(SWT.Modify, e -> {
			draft.url = url.getText();
			changed.run();
		});
		return body;
	}

	private static Text text(Composite parent, String label, String value, String id) {
		new Label(parent, SWT.NONE).setText(label);
		Text text = new Text(parent, SWT.BORDER);
		text.setText(value);
		text.setData(FleetExplorerPart.WIDGET_ID, id);
		GridDataFactory.fillDefaults().grab(true, false).hint(360, SWT.DEFAULT).applyTo(text);
		return text;
	}

	@Override
	public String error() {
		return draft.endpointError();
	}
}
