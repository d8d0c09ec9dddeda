package org.vtpmconsole.trail;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The strict reader of one log line: it accepts exactly the bytes {@link TrailLines} writes (key order, no spaces,
 * one spelling of each string, number, Base64 and hex value) and refuses anything else with the line number and the
 * field, so that a line's bytes, which the {@code prev} chain and the anchor hash, have one meaning.
 */
public final class TrailLineParser {
	private static final int MAX_NUMBER_DIGITS = 18;
	/** The key of each register in each bank, with its field name, built once: the verifier parses every line. */
	private static final String[][] REGISTER_KEYS = new String[Bank.values().length][Registers.COUNT];
	private static final String[][] REGISTER_FIELDS = new String[Bank.values().length][Registers.COUNT];
	private static final String[] BANK_KEYS = new String[Bank.values().length];
	private static final String[] BANK_FIELDS = new String[Bank.values().length];
	private static final int NAMED_EXTENDS = 8;
	private static final String[] EXTEND_FIELDS = new String[NAMED_EXTENDS * 3];

	static {
		for (Bank bank : Bank.values()) {
			BANK_KEYS[bank.ordinal()] = (bank == Bank.SHA1 ? "\"" : ",\"") + bank.token() + "\":{";
			BANK_FIELDS[bank.ordinal()] = "registers." + bank.token();
			for (int r = Registers.FIRST; r <= Registers.LAST; r++) {
				REGISTER_KEYS[bank.ordinal()][r - Registers.FIRST] = (r == Registers.FIRST ? "\"" : ",\"") + r + "\":";
				REGISTER_FIELDS[bank.ordinal()][r - Registers.FIRST] = "registers." + bank.token() + "." + r;
			}
		}
		for (int i = 0; i < NAMED_EXTENDS; i++) {
			EXTEND_FIELDS[3 * i] = "extends[" + i + "]";
			EXTEND_FIELDS[3 * i + 1] = "extends[" + i + "].register";
			EXTEND_FIELDS[3 * i + 2] = "extends[" + i + "].data";
		}
	}

	private final byte[] in;
	private final int end;
	private final long line;
	private int pos;

	private TrailLineParser(byte[] in, int offset, int length, long line) {
		this.in = in;
		this.pos = offset;
		this.end = offset + length;
		this.line = line;
	}

	/** Parses {@code line} (its bytes without the newline), line number {@code lineNumber} of its log. */
	public static TrailEvent parse(byte[] line, long lineNumber) throws TrailFormatException {
		return parse(line, 0, line.length, lineNumber);
	}

	public static TrailEvent parse(byte[] buffer, int offset, int length, long lineNumber) throws TrailFormatException {
		return new TrailLineParser(buffer, offset, length, lineNumber).event();
	}

	private TrailEvent event() throws TrailFormatException {
		expect("{\"seq\":", "seq");
		long seq = number("seq");
		expect(",\"vm\":", "vm");
		UUID vm = uuid(string("vm"));
		expect(",\"time\":", "time");
		String time = string("time");
		if (!TrailTime.isValid(time))
			throw refused("time", "'" + time + "' is not ISO-8601 UTC with milliseconds (2026-11-22T10:15:30.123Z)");
		expect(",\"type\":", "type");
		String typeToken = string("type");
		EventType type = EventType.ofToken(typeToken);
		if (type == null)
			throw refused("type", "unknown event type '" + typeToken + "'");
		expect(",\"user\":", "user");
		String user = string("user");
		if (user.isEmpty())
			throw refused("user", "empty");
		Optional<String> snapshot = Optional.empty();
		if (startsWith(",\"snapshot\":")) {
			pos += ",\"snapshot\":".length();
			snapshot = Optional.of(string("snapshot"));
			if (snapshot.get().isEmpty())
				throw refused("snapshot", "empty");
		}
		if (type.namesSnapshot() != snapshot.isPresent())
			throw refused("snapshot", type.namesSnapshot() ? "a " + type.token() + " event names its snapshot"
					: "only snapshot and rollback events name a snapshot");
		expect(",\"extends\":[", "extends");
		List<Extend> extendList = extendList();
		expect(",\"registers\":{", "registers");
		Registers registers = registers();
		expect(",\"prev\":", "prev");
		byte[] prev = hex("prev", TrailEvent.DIGEST_LENGTH);
		expect("}", "end of line");
		if (pos != end)
			throw refused("end of line", "bytes after the closing brace");
		return new TrailEvent(seq, vm, time, type, user, snapshot, extendList, registers, prev);
	}

	private List<Extend> extendList() throws TrailFormatException {
		List<Extend> extendList = new ArrayList<>(4);
		if (startsWith("]")) {
			pos++;
			return extendList;
		}
		while (true) {
			String field = extendField(extendList.size(), 0);
			expect("{\"register\":", extendField(extendList.size(), 1));
			long register = number(extendField(extendList.size(), 1));
			if (register < Registers.FIRST || register > Registers.LAST)
				throw refused(extendField(extendList.size(), 1), register + " is not a trail register (24-31)");
			expect(",\"data\":", extendField(extendList.size(), 2));
			byte[] data = base64(extendField(extendList.size(), 2));
			expect("}", field);
			extendList.add(new Extend((int) register, data));
			if (startsWith("]")) {
				pos++;
				return extendList;
			}
			expect(",", "extends");
		}
	}

	/** "extends[i]", "extends[i].register" or "extends[i].data" (part 0, 1, 2). */
	private static String extendField(int index, int part) {
		if (index < NAMED_EXTENDS)
			return EXTEND_FIELDS[3 * index + part];
		return "extends[" + index + "]" + (part == 1 ? ".register" : part == 2 ? ".data" : "");
	}

	private Registers registers() throws TrailFormatException {
		byte[][] values = new byte[Bank.values().length * Registers.COUNT][];
		for (Bank bank : Bank.values()) {
			expect(BANK_KEYS[bank.ordinal()], BANK_FIELDS[bank.ordinal()]);
			for (int r = Registers.FIRST; r <= Registers.LAST; r++) {
				String field = REGISTER_FIELDS[bank.ordinal()][r - Registers.FIRST];
				expect(REGISTER_KEYS[bank.ordinal()][r - Registers.FIRST], field);
				values[bank.ordinal() * Registers.COUNT + r - Registers.FIRST] = hex(field, bank.digestLength());
			}
			expect("}", BANK_FIELDS[bank.ordinal()]);
		}
		expect("}", "registers");
		return Registers.of(values);
	}

	private void expect(String literal, String field) throws TrailFormatException {
		if (!startsWith(literal))
			throw refused(field, "expected " + literal + " at byte " + (pos + 1));
		pos += literal.length();
	}

	private boolean startsWith(String literal) {
		if (end - pos < literal.length())
			return false;
		for (int i = 0; i < literal.length(); i++)
			if (in[pos + i] != literal.charAt(i))
				return false;
		return true;
	}

	private long number(String field) throws TrailFormatException {
		int start = pos;
		long value = 0;
		while (pos < end && in[pos] >= '0' && in[pos] <= '9') {
			value = value * 10 + (in[pos] - '0');
			pos++;
		}
		int digits = pos - start;
		if (digits == 0)
			throw refused(field, "expected a decimal number at byte " + (start + 1));
		if (in[start] == '0')
			throw refused(field, "a number starts with 1-9 (no leading zero, no zero)");
		if (digits > MAX_NUMBER_DIGITS)
			throw refused(field, "more than " + MAX_NUMBER_DIGITS + " digits");
		return value;
	}

	/** A string in the one spelling of {@link JsonStrings}. */
	private String string(String field) throws TrailFormatException {
		if (pos >= end || in[pos] != '"')
			throw refused(field, "expected a string at byte " + (pos + 1));
		pos++;
		StringBuilder text = null;
		int runStart = pos;
		boolean ascii = true;
		while (true) {
			if (pos >= end)
				throw refused(field, "the string is not closed");
			int b = in[pos] & 0xff;
			if (b == '"')
				break;
			if (b < 0x20)
				throw refused(field, "a raw control character 0x" + Integer.toHexString(b) + " (write \\u00"
						+ (b < 16 ? "0" : "") + Integer.toHexString(b) + ")");
			if (b >= 0x80)
				ascii = false;
			if (b == '\\') {
				if (text == null)
					text = new StringBuilder();
				text.append(decode(runStart, pos, field));
				text.append(escape(field));
				runStart = pos;
				continue;
			}
			pos++;
		}
		String run = ascii ? new String(in, runStart, pos - runStart, StandardCharsets.ISO_8859_1)
				: decode(runStart, pos, field);
		pos++;
		return text == null ? run : text.append(run).toString();
	}

	private char escape(String field) throws TrailFormatException {
		int at = pos + 1;
		pos++;
		if (pos >= end)
			throw refused(field, "the string ends inside an escape");
		byte kind = in[pos];
		if (kind == '"' || kind == '\\') {
			pos++;
			return (char) kind;
		}
		if (kind != 'u' || end - pos < 5)
			throw refused(field, "escape at byte " + at + " is not \\\", \\\\ or \\u00XX");
		int value = 0;
		for (int i = 1; i <= 4; i++) {
			int digit = Hex.digit(in[pos + i]);
			if (digit < 0)
				throw refused(field, "\\u escape at byte " + at + " is not four lowercase hex digits");
			value = value << 4 | digit;
		}
		if (value >= 0x20)
			throw refused(field, "\\u escape at byte " + at + " for a character written as itself");
		pos += 5;
		return (char) value;
	}

	private String decode(int from, int to, String field) throws TrailFormatException {
		try {
			return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(in, from, to - from))
					.toString();
		} catch (CharacterCodingException e) {
			throw refused(field, "not UTF-8");
		}
	}

	private UUID uuid(String text) throws TrailFormatException {
		try {
			UUID uuid = UUID.fromString(text);
			if (uuid.toString().equals(text))
				return uuid;
		} catch (IllegalArgumentException e) {
			// refused below
		}
		throw refused("vm", "'" + text + "' is not a lowercase UUID");
	}

	private byte[] base64(String field) throws TrailFormatException {
		if (pos >= end || in[pos] != '"')
			throw refused(field, "expected a Base64 string at byte " + (pos + 1));
		int start = ++pos;
		while (pos < end && in[pos] != '"')
			pos++;
		if (pos >= end)
			throw refused(field, "the string is not closed");
		byte[] text = Arrays.copyOfRange(in, start, pos);
		pos++;
		try {
			byte[] data = Base64.getDecoder().decode(text);
			if (Arrays.equals(Base64.getEncoder().encode(data), text))
				return data;
		} catch (IllegalArgumentException e) {
			// refused below
		}
		throw refused(field, "not standard padded Base64");
	}

	private byte[] hex(String field, int length) throws TrailFormatException {
		if (end - pos < 2 * length + 2 || in[pos] != '"' || in[pos + 2 * length + 1] != '"')
			throw refused(field, "expected " + 2 * length + " lowercase hex digits in quotes at byte " + (pos + 1));
		byte[] bytes = new byte[length];
		int at = pos + 1;
		for (int i = 0; i < length; i++) {
			int high = Hex.digit(in[at + 2 * i]);
			int low = Hex.digit(in[at + 2 * i + 1]);
			if (high < 0 || low < 0)
				throw refused(field, "not lowercase hex at byte " + (at + 2 * i + 1));
			bytes[i] = (byte) (high << 4 | low);
		}
		pos += 2 * length + 2;
		return bytes;
	}

	private TrailFormatException refused(String field, String reason) {
		return new TrailFormatException(line, field, reason);
	}
}
