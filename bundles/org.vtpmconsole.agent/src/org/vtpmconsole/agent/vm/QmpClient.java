package org.vtpmconsole.agent.vm;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A minimal QMP client: one JSON object per line each way. It negotiates capabilities on connect, then runs one
 * command at a time; asynchronous events QEMU sends in between are skipped. Not thread-safe.
 */
public final class QmpClient implements AutoCloseable {
	private static final ObjectMapper JSON = new ObjectMapper();

	private final SocketChannel channel;
	private final BufferedReader in;
	private final OutputStream out;

	private QmpClient(SocketChannel channel) {
		this.channel = channel;
		this.in = new BufferedReader(new InputStreamReader(Channels.newInputStream(channel), StandardCharsets.UTF_8));
		this.out = Channels.newOutputStream(channel);
	}

	public static QmpClient connect(Path socket) throws IOException {
		SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX);
		try {
			channel.connect(UnixDomainSocketAddress.of(socket));
			QmpClient client = new QmpClient(channel);
			JsonNode greeting = client.nextMessage();
			if (!greeting.has("QMP")) {
				throw new IOException("not a QMP greeting: " + greeting);
			}
			client.execute("qmp_capabilities");
			return client;
		} catch (IOException | RuntimeException e) {
			channel.close();
			throw e;
		}
	}

	public JsonNode execute(String command) throws IOException {
		return execute(command, Map.of());
	}

	/** Runs the command and returns its "return" value; a QMP error becomes an exception with QEMU's words. */
	public JsonNode execute(String command, Map<String, ?> arguments) throws IOException {
		ObjectNode request = JSON.createObjectNode().put("execute", command);
		if (!arguments.isEmpty()) {
			request.set("arguments", JSON.valueToTree(arguments));
		}
		out.write((JSON.writeValueAsString(request) + "\n").getBytes(StandardCharsets.UTF_8));
		out.flush();
		while (true) {
			JsonNode reply = nextMessage();
			if (reply.has("return")) {
				return reply.get("return");
			}
			if (reply.has("error")) {
				throw new IOException("QMP " + command + " failed: " + reply.get("error").path("desc").asText());
			}
			// an event: not the answer
		}
	}

	/** The VM's run state, e.g. "running", "paused", "prelaunch". */
	public String status() throws IOException {
		return execute("query-status").path("status").asText();
	}

	private JsonNode nextMessage() throws IOException {
		String line = in.readLine();
		if (line == null) {
			throw new IOException("QEMU closed the QMP connection");
		}
		return JSON.readTree(line);
	}

	@Override
	public void close() {
		try {
			channel.close();
		} catch (IOException e) {
			// nothing left to release
		}
	}
}
