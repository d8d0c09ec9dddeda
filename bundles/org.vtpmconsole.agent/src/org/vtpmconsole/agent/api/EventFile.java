package org.vtpmconsole.agent.api;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.List;

import org.eclipse.core.runtime.ILog;
import org.vtpmconsole.protocol.agent.AgentEvent;
import org.vtpmconsole.protocol.http.Json;

/**
 * The event journal on disk ({@code STATE/events.jsonl}): one {@link AgentEvent} per line, in the API's JSON, oldest
 * first. Appended to as events happen; when it holds twice what the journal keeps, it is rewritten with only the
 * newest (beside it, then renamed), so it never grows without bound and a crash mid-rewrite keeps the old file.
 */
final class EventFile {
	private final ILog log = ILog.of(getClass());
	private final Path file;
	private final int keep;
	private int lines;

	private EventFile(Path file, int keep) {
		this.file = file;
		this.keep = keep;
	}

	/**
	 * Reads the newest {@code keep} events back. A line that is not an event with a sequence number above the one
	 * before it (a torn last write, an edit) is skipped with a warning.
	 */
	static EventFile open(Path file, int keep, Deque<AgentEvent> into) throws IOException {
		EventFile events = new EventFile(file, keep);
		Files.createDirectories(file.getParent());
		Deque<AgentEvent> read = new ArrayDeque<>();
		long lastSeq = 0;
		try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			int number = 0;
			for (String line = in.readLine(); line != null; line = in.readLine()) {
				number++;
				events.lines++;
				AgentEvent event;
				try {
					event = Json.read(line.getBytes(StandardCharsets.UTF_8), AgentEvent.class);
				} catch (Json.JsonProblem e) {
					events.log.warn(file + " line " + number + " is not an event and was skipped: " + e.getMessage());
					continue;
				}
				if (event.seq() == null || event.seq() <= lastSeq || event.type() == null || event.vm() == null) {
					events.log.warn(file + " line " + number + " was skipped: it lacks a type or VM, or its sequence "
							+ "number is not above " + lastSeq);
					continue;
				}
				lastSeq = event.seq();
				read.addLast(event);
				if (read.size() > keep) {
					read.removeFirst();
				}
			}
		} catch (NoSuchFileException e) {
			// a new agent: no events yet
		}
		into.addAll(read);
		return events;
	}

	void append(AgentEvent event, Collection<AgentEvent> newest) {
		try {
			if (lines >= 2 * keep) {
				rewrite(newest);
			} else {
				Files.write(file, List.of(new String(Json.write(event), StandardCharsets.UTF_8)), StandardCharsets.UTF_8,
						StandardOpenOption.CREATE, StandardOpenOption.APPEND);
				lines++;
			}
		} catch (IOException e) {
			log.warn("event " + event.seq() + " was not written to " + file + ": " + e.getMessage());
		}
	}

	private void rewrite(Collection<AgentEvent> newest) throws IOException {
		Path partial = file.resolveSibling(file.getFileName() + ".partial");
		try (OutputStream out = Files.newOutputStream(partial)) {
			for (AgentEvent event : newest) {
				out.write(Json.write(event));
				out.write('\n');
			}
		}
		Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		lines = newest.size();
	}
}
