package org.vtpmconsole.agent.swtpm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.vtpmconsole.agent.unix.UnixSocket;

import org.junit.jupiter.api.Test;
import org.vtpmconsole.fuzz.Corpus;
import org.vtpmconsole.fuzz.FuzzTarget;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * swtpm control requests as a guest's QEMU sends them to the gateway, read from a real socket. Input: one flag byte
 * (bit 0: a descriptor comes with the first byte), then the stream. Only {@link ControlProtocolException} and
 * {@link EOFException} escape; the requests read are the stream cut into pieces, each exactly code, fixed part and
 * announced data; once the caller has closed what the requests carry, no copy of the passed descriptor is open.
 */
class ControlRequestFuzzTest {

	@FuzzTest
	void read(byte[] input) throws IOException {
		accepted(input);
	}

	@Test
	void everySeedIsAValidRequestStream() throws Exception {
		for (var seed : Corpus.seeds(FuzzTarget.CONTROL).entrySet()) {
			assertTrue(accepted(seed.getValue()), seed.getKey() + " is a valid request stream");
		}
	}

	/** The leak check itself: a descriptor the caller keeps open is seen as open, and as closed once it is. */
	@Test
	void aDescriptorLeftOpenIsSeen() throws IOException {
		try (FedSocket fed = FedSocket.fedWith(HexFormat.of().parseHex("00000010"), true)) {
			ControlRequest setDataFd = ControlRequest.read(fed.gateway()).orElseThrow();
			assertEquals(ControlCommand.SET_DATAFD, setDataFd.command());
			assertEquals(1, setDataFd.fds().size());
			assertFalse(fed.passedDescriptorClosedAfterwards(), "the received copy is still open");
			setDataFd.closeDescriptors();
			assertTrue(fed.passedDescriptorClosedAfterwards(), "every copy is closed");
		}
	}

	/** Checks the contract on one input; true if the parser accepted it whole. */
	static boolean accepted(byte[] input) throws IOException {
		if (input.length == 0) {
			return false;
		}
		boolean withDescriptor = (input[0] & 1) != 0;
		byte[] stream = FedSocket.sent(Arrays.copyOfRange(input, 1, input.length));
		List<ControlRequest> requests = new ArrayList<>();
		boolean whole = false;
		try (FedSocket fed = FedSocket.fedWith(stream, withDescriptor)) {
			UnixSocket gateway = fed.gateway();
			int consumed = 0;
			while (true) {
				Optional<ControlRequest> next;
				try {
					next = ControlRequest.read(gateway);
				} catch (ControlProtocolException | EOFException e) {
					assertFalse(e.getMessage().isBlank());
					break;
				}
				if (next.isEmpty()) {
					assertEquals(stream.length, consumed, "the stream ended between requests");
					whole = true;
					break;
				}
				ControlRequest request = next.get();
				requests.add(request);
				checkFraming(request, Arrays.copyOfRange(stream, consumed, stream.length));
				consumed += request.bytes().length;
			}
			// the caller owns what the requests carry; what a refused request carried, the parser must have closed
			requests.forEach(ControlRequest::closeDescriptors);
			assertTrue(fed.passedDescriptorClosedAfterwards(), "no copy of the passed descriptor left open");
		}
		return whole;
	}

	private static void checkFraming(ControlRequest request, byte[] rest) {
		byte[] bytes = request.bytes();
		assertArrayEquals(Arrays.copyOf(rest, bytes.length), bytes, "a request is the next piece of the stream");
		ControlCommand command = request.command();
		assertEquals(command.code(), ByteBuffer.wrap(bytes).getInt(0));
		byte[] fixed = Arrays.copyOfRange(bytes, 4, 4 + command.fixedLength());
		int variable = command.variableLength(fixed);
		assertTrue(variable >= 0 && variable <= ControlCommand.MAX_VARIABLE_LENGTH);
		assertEquals(4 + command.fixedLength() + variable, bytes.length, command + " is code, body and its data");
		assertTrue(request.fds().size() <= 1, "one descriptor was sent");
	}
}
