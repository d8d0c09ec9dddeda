package org.vtpmconsole.protocol.http;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.Arrays;
import java.util.List;

import org.vtpmconsole.protocol.agent.AgentEvent;
import org.vtpmconsole.protocol.agent.CertificationRequest;
import org.vtpmconsole.protocol.agent.CreateVmRequest;
import org.vtpmconsole.protocol.agent.EventList;
import org.vtpmconsole.protocol.agent.HostCertificates;
import org.vtpmconsole.protocol.agent.HostInfo;
import org.vtpmconsole.protocol.agent.KeyCertificationInfo;
import org.vtpmconsole.protocol.agent.LabelInfo;
import org.vtpmconsole.protocol.agent.LabelVerificationInfo;
import org.vtpmconsole.protocol.agent.NoArguments;
import org.vtpmconsole.protocol.agent.PcrBanks;
import org.vtpmconsole.protocol.agent.ReissueRequest;
import org.vtpmconsole.protocol.agent.VmInfo;
import org.vtpmconsole.protocol.agent.VmList;
import org.vtpmconsole.protocol.ca.CertificateInfo;
import org.vtpmconsole.protocol.ca.CertificateList;
import org.vtpmconsole.protocol.ca.CrlResponse;
import org.vtpmconsole.protocol.ca.EnrollmentRequest;
import org.vtpmconsole.protocol.ca.EnrollmentResponse;
import org.vtpmconsole.protocol.ca.NonceResponse;
import org.vtpmconsole.protocol.ca.RevocationRequest;

import org.junit.jupiter.api.Test;
import org.vtpmconsole.fuzz.Corpus;
import org.vtpmconsole.fuzz.FuzzTarget;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * API bodies bound by {@link Json#read}: the requests agents and the CA take from clients and the answers clients take
 * from agents and the CA. Input: one byte choosing the message type ({@code 'A'} the first of {@link #MESSAGES},
 * {@code 'B'} the second ...), then the body. Only {@link Json.JsonProblem} with a message escapes; an accepted body's
 * message writes as JSON that reads back to a message writing the same bytes.
 */
class JsonBodyFuzzTest {
	/** Request bodies first, then answers; new message types go at the end so the corpus keeps its meaning. */
	static final List<Class<?>> MESSAGES = List.of(CreateVmRequest.class, NoArguments.class,
			CertificationRequest.class, ReissueRequest.class, EnrollmentRequest.class, RevocationRequest.class,
			ErrorResponse.class, VmInfo.class, VmList.class, HostInfo.class, HostCertificates.class,
			KeyCertificationInfo.class, LabelInfo.class, LabelVerificationInfo.class, PcrBanks.class,
			EventList.class, AgentEvent.class, CertificateInfo.class, CertificateList.class, CrlResponse.class,
			EnrollmentResponse.class, NonceResponse.class);

	@FuzzTest
	void read(byte[] input) throws Json.JsonProblem {
		accepted(input);
	}

	@Test
	void everySeedIsAValidMessage() throws Exception {
		for (var seed : Corpus.seeds(FuzzTarget.JSON).entrySet()) {
			assertTrue(accepted(seed.getValue()), seed.getKey() + " is a valid message");
		}
	}

	/** Checks the contract on one input; true if the parser accepted it whole. */
	static boolean accepted(byte[] input) throws Json.JsonProblem {
		if (input.length == 0) {
			return false;
		}
		Class<?> type = MESSAGES.get(Math.floorMod(input[0] - 'A', MESSAGES.size()));
		byte[] body = Arrays.copyOfRange(input, 1, input.length);
		Object message;
		try {
			message = Json.read(body, type);
		} catch (Json.JsonProblem e) {
			assertNotNull(e.getMessage(), "a refusal names its problem");
			assertFalse(e.getMessage().isBlank(), "a refusal names its problem");
			return false;
		}
		byte[] written = Json.write(message);
		assertArrayEquals(written, Json.write(Json.read(written, type)), type.getSimpleName() + " reads back");
		return true;
	}
}
