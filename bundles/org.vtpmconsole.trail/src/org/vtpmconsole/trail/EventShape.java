package org.vtpmconsole.trail;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * What a snapshot's or rollback's extends must be, given its line: exactly those of {@link TrailExtends} for the
 * line's own time and user, so that the registers and the readable fields of a line cannot tell different stories
 * (a line saying alice whose register 25 was extended with mallory).
 */
final class EventShape {
	private EventShape() {
	}

	/** Why the event's extends do not fit its type, time and user; null when they do. */
	static String mismatch(TrailEvent event) {
		List<Extend> extendList = event.extendList();
		return switch (event.type()) {
		case SNAPSHOT -> expect(extendList, event, 24, 25, 26, -1);
		case ROLLBACK -> expect(extendList, event, 28, 29, 30, 31);
		default -> null;
		};
	}

	private static String expect(List<Extend> extendList, TrailEvent event, int timeRegister, int userRegister,
			int stateRegister, int descriptorRegister) {
		int count = descriptorRegister < 0 ? 3 : 4;
		if (extendList.size() != count)
			return "a " + event.type().token() + " has " + count + " extends, not " + extendList.size();
		if (!is(extendList.get(0), timeRegister, event.time().getBytes(StandardCharsets.UTF_8)))
			return "its first extend is not register " + timeRegister + " with the line's time";
		if (!is(extendList.get(1), userRegister, event.user().getBytes(StandardCharsets.UTF_8)))
			return "its second extend is not register " + userRegister + " with the line's user";
		if (extendList.get(2).register() != stateRegister || extendList.get(2).dataView().length != 32)
			return "its third extend is not register " + stateRegister + " with a 32-byte vTPM state digest";
		if (count == 4 && (extendList.get(3).register() != descriptorRegister || extendList.get(3).dataView().length != 32))
			return "its fourth extend is not register " + descriptorRegister + " with a 32-byte descriptor digest";
		return null;
	}

	private static boolean is(Extend extend, int register, byte[] data) {
		return extend.register() == register && Arrays.equals(extend.dataView(), data);
	}
}
