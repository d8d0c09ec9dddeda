package org.vtpmconsole.ui.labels;

import org.eclipse.osgi.util.NLS;

/** The label editor's user-visible strings, from messages.properties beside this class (a translation adds messages_xx.properties). */
final class Messages extends NLS {

	public static String PartLabel;
	public static String EditorTitle;
	public static String UnnamedVm;
	public static String OverviewPage;
	public static String RawBytesPage;
	public static String VerifyAgain;
	public static String VerifyAgainTooltip;
	public static String Save;
	public static String SaveTooltip;
	public static String Undo;
	public static String UndoTooltip;
	public static String Redo;
	public static String RedoTooltip;
	public static String VerdictValid;
	public static String VerdictExpiring;
	public static String VerdictInvalid;
	public static String Hours;
	public static String OneDay;
	public static String Days;
	public static String Ago;
	public static String In;
	public static String ChecksTitle;
	public static String ChecksDescription;
	public static String ValidityTitle;
	public static String ValidityDescription;
	public static String NotDecoded;
	public static String FieldsTitle;
	public static String FieldsDescription;
	public static String FieldVm;
	public static String FieldVmValue;
	public static String FieldSize;
	public static String FieldSizeUndecoded;
	public static String FieldSecret;
	public static String ActionsTitle;
	public static String ActionsDescription;
	public static String NewNotAfter;
	public static String ReissueAction;
	public static String RotateAction;
	public static String RotateDialogTitle;
	public static String Reissue;
	public static String Rotate;
	public static String Cancel;
	public static String TheAgent;
	public static String Refused;
	public static String NoRequest;
	public static String RequestText;
	public static String NotSent;
	public static String NoAgentConnection;
	public static String OnAgent;
	public static String ReissueNoAgent;
	public static String ReissueNoRequest;
	public static String ReissueTooltip;
	public static String RotateNoAgent;
	public static String RotateTooltip;
	public static String ReissueFor;
	public static String RotateRunning;
	public static String ActionWaiting;
	public static String ActionOutcome;
	public static String ActionFailed;
	public static String RotateQuestion;
	public static String JobReissue;
	public static String JobRotate;
	public static String NoAgentHeadline;
	public static String NoAgentDetail;
	public static String NewWindow;
	public static String NewLabelUndecoded;
	public static String Done;
	public static String DoneDetail;
	public static String CancelledDetail;
	public static String Cancelled;
	public static String NotSentHeadline;
	public static String UnreadableUuid;
	public static String Failed;
	public static String RefusedRunning;
	public static String RefusedRole;
	public static String RefusedLabel;
	public static String RefusedUnsupported;
	public static String RefusedOther;
	public static String ColumnOffset;
	public static String ColumnSize;
	public static String ColumnField;
	public static String ColumnValue;
	public static String DecodeError;

	static {
		NLS.initializeMessages("org.vtpmconsole.ui.labels.messages", Messages.class);
	}

	private Messages() {
	}
}
