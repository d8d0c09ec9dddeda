package org.vtpmconsole.lab.guest;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The shell of a training guest on its serial console (QEMU {@code -serial unix:PATH,server=on,wait=off}), driven the
 * way a person would type at it: a command, then its output up to an end marker. The agent API never runs commands in
 * guests; only the lab (and the tests) drive them, and only through this socket (docs/guest.md).
 * <p>
 * Each command is sent as {@code COMMAND; printf '\n@@end-N-%d@@\n' $?}; the marker line ends its output and carries its exit
 * status. Output is read as UTF-8 (a character split across two reads is joined) with the terminal's escape
 * sequences and carriage returns removed.
 */
public final class GuestConsole implements AutoCloseable {
	/** What {@code /init} prints once the shell is up (docs/guest.md). */
	public static final String READY_LINE = "vtpm-guest: ready";
	private static final Pattern ESCAPE_SEQUENCE = Pattern.compile("\u001B\\[[0-9;?]*[A-Za-z]|\u001Bc|\r");
	private static final long POLL_MILLIS = 50;

	private final SocketChannel channel;
	private final Selector selector;
	private final ByteBuffer bytes = ByteBuffer.allocate(8192);
	private final CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
			.onUnmappableCharacter(CodingErrorAction.REPLACE);
	private final StringBuilder received = new StringBuilder();
	private final AtomicInteger commands = new AtomicInteger();

	private GuestConsole(SocketChannel channel, Selector selector) {
		this.channel = channel;
		this.selector = selector;
	}

	/**
	 * Connects to the guest's console socket, waiting up to {@code timeout} for QEMU to create it.
	 *
	 * @throws IOException naming the socket if it never accepts
	 */
	public static GuestConsole connect(Path socket, Duration timeout) throws IOException {
		long deadline = System.nanoTime() + timeout.toNanos();
		IOException last;
		do {
			SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX);
			try {
				channel.connect(UnixDomainSocketAddress.of(socket));
				channel.configureBlocking(false);
				Selector selector = Selector.open();
				channel.register(selector, SelectionKey.OP_READ);
				return new GuestConsole(channel, selector);
			} catch (IOException e) {
				channel.close();
				last = e;
			}
			pause();
		} while (System.nanoTime() < deadline);
		throw new IOException("the guest console " + socket + " did not accept within " + timeout.toMillis() + " ms: "
				+ last.getMessage(), last);
	}

	/**
	 * Waits until the guest's {@code /init} reports its shell, then turns the terminal's echo and the prompt off so
	 * that a command's output is exactly what it prints (busybox's line editing gives way to a plain read when echo
	 * is off). Returns the ready line, which says whether a TPM exists.
	 */
	public String awaitReady(Duration timeout) throws IOException {
		// up to its newline: "$" would also match a line whose second half has not arrived yet
		MatchResult ready = await(Pattern.compile("(?m)^" + Pattern.quote(READY_LINE) + "[^\n]*\n"), timeout,
				"the guest's ready line");
		String line = ready.group().strip();
		consume(ready.end());
		run("stty -echo; PS1=''", timeout);
		return line;
	}

	/** Whether the guest kernel found its TPM ({@code /dev/tpmrm0}), as its ready line said. */
	public static boolean readyLineHasTpm(String readyLine) {
		return readyLine.contains("/dev/tpmrm0 present");
	}

	/**
	 * Runs one shell command in the guest and waits for it to finish. Call {@link #awaitReady} first.
	 *
	 * @throws IOException if the guest does not finish the command within {@code timeout} (the command may still be
	 *                     running there) or the console closes
	 */
	public GuestCommandResult run(String command, Duration timeout) throws IOException {
		if (command.indexOf('\n') >= 0 || command.indexOf('\r') >= 0) {
			throw new IllegalArgumentException("one command per call, without line breaks: " + command);
		}
		int number = commands.incrementAndGet();
		// on a line of its own, also after output that ends without a newline (nvread prints raw bytes)
		send(command + "; printf '\\n@@end-" + number + "-%d@@\\n' $?\n");
		MatchResult end = await(Pattern.compile("(?m)^@@end-" + number + "-(\\d+)@@$"), timeout, "'" + command + "'");
		String output = received.substring(0, end.start());
		consume(end.end());
		return new GuestCommandResult(command, Integer.parseInt(end.group(1)), lines(output, number));
	}

	/** The output's lines without the echo of the command line (still on for the command that turns it off). */
	private static List<String> lines(String output, int number) {
		String echoed = "@@end-" + number + "-%d@@\\n' $?";
		return Arrays.stream(output.split("\n")).map(String::strip).filter(line -> !line.isEmpty())
				.filter(line -> !line.endsWith(echoed)).toList();
	}

	private void consume(int end) {
		received.delete(0, end);
	}

	/** Reads until {@code pattern} matches in what has arrived since the last command. */
	private MatchResult await(Pattern pattern, Duration timeout, String what) throws IOException {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (true) {
			Matcher matcher = pattern.matcher(received);
			if (matcher.find()) {
				return matcher.toMatchResult();
			}
			long left = deadline - System.nanoTime();
			if (left <= 0) {
				throw new IOException("the guest did not answer " + what + " within " + timeout.toMillis()
						+ " ms; its console last showed: " + tail());
			}
			if (selector.select(Math.max(1, Math.min(left / 1_000_000, 1000))) > 0) {
				selector.selectedKeys().clear();
				if (channel.read(bytes) < 0) {
					throw new IOException("the guest console closed while waiting for " + what + "; it last showed: "
							+ tail());
				}
				bytes.flip();
				CharBuffer text = CharBuffer.allocate(bytes.capacity());
				utf8.decode(bytes, text, false);
				bytes.compact();
				received.append(ESCAPE_SEQUENCE.matcher(text.flip()).replaceAll(""));
			}
		}
	}

	private String tail() {
		String text = received.toString().strip();
		return text.length() > 400 ? "…" + text.substring(text.length() - 400) : text;
	}

	private void send(String text) throws IOException {
		ByteBuffer bytes = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
		while (bytes.hasRemaining()) {
			channel.write(bytes);
		}
	}

	private static void pause() throws IOException {
		try {
			Thread.sleep(POLL_MILLIS);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IOException("interrupted while connecting to the guest console", e);
		}
	}

	@Override
	public void close() throws IOException {
		selector.close();
		channel.close();
	}
}
