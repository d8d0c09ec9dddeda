package org.vtpmconsole.ui.labels;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.Locale;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcoreFactory;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;

/**
 * The label editor's one editable thing: a pending re-issue request, i.e. the new validity end the administrator
 * wants. It is a small EMF object of its own (a dynamic EClass: it belongs to this editor, not to the fleet model)
 * edited only through EMF commands, so undo, redo and dirty state come from the command stack.
 * <p>
 * The agent's re-issue takes a whole number of days counted from its own clock when it signs (docs/api.md,
 * {@code {"days": N}}), so the wanted end is sent as the nearest whole number of days from now and the editor says
 * which end that gives; the new label's own dates are shown once the agent answers.
 */
final class ReissueRequest {

	/** The longest validity the agent re-issues for, counted from now. */
	static final Duration MAX_VALIDITY = Duration.ofDays(org.vtpmconsole.protocol.agent.ReissueRequest.MAX_DAYS);
	/** The shortest: the agent counts whole days, at least one. */
	static final Duration MIN_VALIDITY = Duration.ofDays(1);
	static final String FORMAT_HINT = "yyyy-MM-dd or yyyy-MM-dd HH:mm (UTC)";
	private static final DateTimeFormatter DISPLAY = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT)
			.withZone(ZoneOffset.UTC);
	private static final EClass REQUEST;
	private static final EAttribute NEW_NOT_AFTER;

	static {
		EcoreFactory ecore = EcoreFactory.eINSTANCE;
		EPackage pkg = ecore.createEPackage();
		pkg.setName("reissue");
		pkg.setNsPrefix("reissue");
		pkg.setNsURI("urn:vtpm-console:ui.labels:reissue");
		REQUEST = ecore.createEClass();
		REQUEST.setName("ReissueRequest");
		NEW_NOT_AFTER = ecore.createEAttribute();
		NEW_NOT_AFTER.setName("newNotAfter");
		NEW_NOT_AFTER.setEType(EcorePackage.Literals.EDATE);
		REQUEST.getEStructuralFeatures().add(NEW_NOT_AFTER);
		pkg.getEClassifiers().add(REQUEST);
	}

	/** The outcome of reading what the user typed: a new end (null = no request) or why it is refused. */
	record Parsed(Instant newNotAfter, String refusal) {
		boolean accepted() {
			return refusal == null;
		}
	}

	private final EObject request = EcoreUtil.create(REQUEST);
	private final AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(
			new ReflectiveItemProviderAdapterFactory(), new BasicCommandStack());

	ReissueRequest() {
		Resource resource = new ResourceImpl(URI.createURI("memory:/reissue-request"));
		resource.getContents().add(request);
		domain.getResourceSet().getResources().add(resource);
	}

	BasicCommandStack commandStack() {
		return (BasicCommandStack) domain.getCommandStack();
	}

	Instant newNotAfter() {
		Date value = (Date) request.eGet(NEW_NOT_AFTER);
		return value == null ? null : value.toInstant();
	}

	/** Applies an accepted value as one undoable command; an unchanged value makes no command. */
	void set(Instant newNotAfter) {
		Instant current = newNotAfter();
		if (current == null ? newNotAfter == null : current.equals(newNotAfter)) {
			return;
		}
		Command command = SetCommand.create(domain, request, NEW_NOT_AFTER,
				newNotAfter == null ? SetCommand.UNSET_VALUE : Date.from(newNotAfter));
		domain.getCommandStack().execute(command);
	}

	/** Forgets the request once the agent carried it out: nothing left to save, and nothing to undo on the agent. */
	void sent() {
		request.eUnset(NEW_NOT_AFTER);
		commandStack().flush();
	}

	/** Days on the wire for a wanted end: the whole number of days from {@code now} nearest to it. */
	static int days(Instant wantedEnd, Instant now) {
		return (int) Math.max(1, Math.round(Duration.between(now, wantedEnd).toMinutes() / (24.0 * 60)));
	}

	static String format(Instant instant) {
		return instant == null ? "" : DISPLAY.format(instant);
	}

	/**
	 * Reads a new validity end and refuses what a re-issue could not honestly do: an unreadable date, one in the
	 * past, one less than {@link #MIN_VALIDITY} or more than {@link #MAX_VALIDITY} away. Empty text withdraws the
	 * request. (The old notBefore does not matter: a re-issued label is valid from the time the agent signs it.)
	 */
	static Parsed parse(String text, Instant now) {
		String trimmed = text.trim();
		if (trimmed.isEmpty()) {
			return new Parsed(null, null);
		}
		Instant value;
		try {
			value = trimmed.length() == 10 ? LocalDate.parse(trimmed).atStartOfDay().toInstant(ZoneOffset.UTC)
					: LocalDateTime.parse(trimmed.replace(' ', 'T')).toInstant(ZoneOffset.UTC);
		} catch (DateTimeParseException e) {
			return new Parsed(null, "'" + trimmed + "' is not a date; use " + FORMAT_HINT);
		}
		if (!value.isAfter(now)) {
			return new Parsed(null, format(value) + " is in the past; a re-issued label must end in the future");
		}
		if (value.isBefore(now.plus(MIN_VALIDITY))) {
			return new Parsed(null, format(value) + " is less than a day away; the agent re-issues for whole days, "
					+ "at least one");
		}
		if (value.isAfter(now.plus(MAX_VALIDITY))) {
			return new Parsed(null, format(value) + " is more than 10 years away; the longest validity is "
					+ MAX_VALIDITY.toDays() + " days");
		}
		return new Parsed(value, null);
	}
}
