package org.vtpmconsole.ui.fleet;

import java.util.Collection;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.vtpmconsole.client.FleetWriter;
import org.vtpmconsole.model.AuditEntry;
import org.vtpmconsole.model.AuditOutcome;
import org.vtpmconsole.model.Host;

/**
 * The console's fleet inventory and its one writer (docs/console-ui.md, *The fleet model and its writer*): every
 * change to the model runs on the UI thread, through {@link #write} (background results) or, for what the user may
 * undo, as a command on the {@link #editingDomain()}'s command stack. Found in the application context (a context
 * function of this bundle puts {@link XmiFleetRepository} there), so a test or the lab can put another one there.
 */
public interface FleetRepository extends FleetWriter {

	/** Fleet ▸ Add Host...: an undoable command; the host is in the fleet even if the inventory cannot be written. */
	Host addHost(String name, String address);

	/**
	 * Remove Host...: an undoable command (Undo puts them back where they were, unless the fleet has since got a host
	 * at the same address). Nothing changes on the hosts themselves.
	 */
	void removeHosts(Collection<Host> hosts);

	/** Runs an undoable command on the UI thread and writes the inventory. */
	void execute(Command command);

	/** Undoes the newest command on the stack, on the UI thread, and writes the inventory. */
	void undo();

	/** Redoes the newest undone command, on the UI thread, and writes the inventory. */
	void redo();

	/** The fleet's editing domain: its command stack is what Edit ▸ Undo and Redo undo and redo. */
	EditingDomain editingDomain();

	default CommandStack commandStack() {
		return editingDomain().getCommandStack();
	}

	/**
	 * Records a change made from the console in the fleet's audit log and writes it: who (the user's certificate
	 * subject), what, on which target, when, how it ended. Any thread.
	 */
	AuditEntry recordAudit(String user, String action, String target, AuditOutcome outcome, String detail);

	/** Writes the inventory to its file (if it has one). */
	void save();
}
