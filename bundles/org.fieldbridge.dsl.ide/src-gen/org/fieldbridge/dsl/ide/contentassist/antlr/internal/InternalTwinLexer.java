package org.fieldbridge.dsl.ide.contentassist.antlr.internal;

// Hack: Use our own Lexer superclass by means of import. 
// Currently there is no other way to specify the superclass for the lexer.
import org.eclipse.xtext.ide.editor.contentassist.antlr.internal.Lexer;


import org.antlr.runtime.*;
import java.util.Stack;
import java.util.List;
import java.util.ArrayList;

@SuppressWarnings("all")
public class InternalTwinLexer extends Lexer {
    public static final int T__50=50;
    public static final int T__59=59;
    public static final int T__55=55;
    public static final int T__56=56;
    public static final int T__57=57;
    public static final int T__58=58;
    public static final int T__51=51;
    public static final int T__52=52;
    public static final int T__53=53;
    public static final int T__54=54;
    public static final int T__60=60;
    public static final int T__61=61;
    public static final int RULE_ID=5;
    public static final int RULE_INT=4;
    public static final int T__66=66;
    public static final int RULE_ML_COMMENT=8;
    public static final int T__67=67;
    public static final int T__68=68;
    public static final int T__69=69;
    public static final int T__62=62;
    public static final int T__63=63;
    public static final int T__64=64;
    public static final int T__65=65;
    public static final int RULE_MODICON_X=7;
    public static final int T__37=37;
    public static final int T__38=38;
    public static final int T__39=39;
    public static final int T__33=33;
    public static final int T__34=34;
    public static final int T__35=35;
    public static final int T__36=36;
    public static final int T__30=30;
    public static final int T__31=31;
    public static final int T__32=32;
    public static final int T__48=48;
    public static final int T__49=49;
    public static final int T__44=44;
    public static final int T__45=45;
    public static final int T__46=46;
    public static final int T__47=47;
    public static final int T__40=40;
    public static final int T__41=41;
    public static final int T__42=42;
    public static final int T__43=43;
    public static final int T__91=91;
    public static final int T__100=100;
    public static final int T__92=92;
    public static final int T__93=93;
    public static final int T__102=102;
    public static final int T__94=94;
    public static final int T__101=101;
    public static final int T__90=90;
    public static final int T__19=19;
    public static final int T__15=15;
    public static final int T__16=16;
    public static final int T__17=17;
    public static final int T__18=18;
    public static final int T__99=99;
    public static final int T__12=12;
    public static final int T__13=13;
    public static final int T__14=14;
    public static final int T__95=95;
    public static final int T__96=96;
    public static final int T__97=97;
    public static final int T__98=98;
    public static final int T__26=26;
    public static final int T__27=27;
    public static final int T__28=28;
    public static final int T__29=29;
    public static final int T__22=22;
    public static final int T__23=23;
    public static final int T__24=24;
    public static final int T__25=25;
    public static final int T__20=20;
    public static final int T__21=21;
    public static final int T__70=70;
    public static final int T__71=71;
    public static final int T__72=72;
    public static final int RULE_STRING=6;
    public static final int RULE_SL_COMMENT=9;
    public static final int T__77=77;
    public static final int T__78=78;
    public static final int T__79=79;
    public static final int T__73=73;
    public static final int EOF=-1;
    public static final int T__74=74;
    public static final int T__75=75;
    public static final int T__76=76;
    public static final int T__80=80;
    public static final int T__111=111;
    public static final int T__81=81;
    public static final int T__110=110;
    public static final int T__82=82;
    public static final int T__83=83;
    public static final int RULE_WS=10;
    public static final int RULE_ANY_OTHER=11;
    public static final int T__88=88;
    public static final int T__108=108;
    public static final int T__89=89;
    public static final int T__107=107;
    public static final int T__109=109;
    public static final int T__84=84;
    public static final int T__104=104;
    public static final int T__85=85;
    public static final int T__103=103;
    public static final int T__86=86;
    public static final int T__106=106;
    public static final int T__87=87;
    public static final int T__105=105;

    // delegates
    // delegators

    public InternalTwinLexer() {;} 
    public InternalTwinLexer(CharStream input) {
        this(input, new RecognizerSharedState());
    }
    public InternalTwinLexer(CharStream input, RecognizerSharedState state) {
        super(input,state);

    }
    public String getGrammarFileName() { return "InternalTwin.g"; }

    // $ANTLR start "T__12"
    public final void mT__12() throws RecognitionException {
        try {
            int _type = T__12;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalTwin.g:11:7: ( 'ms' )
            // InternalTwin.g:11:9: 'ms'
            {
            match("ms"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__12"

    // $ANTLR start "T__13"
    public final void mT__13() throws RecognitionException {
        try {
            int _type = T__13;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalTwin.g:12:7: ( 's' )
            // InternalTwin.g:12:9: 's'
            {
            match('s'); 

            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__13"

    // $ANTLR start "T__14"
    public final void mT__14() throws RecognitionException {
        try {
            int _type = T__14;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalTwin.g:13:7: ( 'min' )
            // InternalTwin.g:13:9: 'min'
            {
            match("min"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__14"

    // $ANTLR start "T__15"
    public final void mT__15() throws RecognitionException {
        try {
            int _type = T__15;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalTwin.g:14:7: ( 'h' )
            // InternalTwin.g:14:9: 'h'
            {
            match('h'); 

            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__15"

    // $ANTLR start "T__16"
    public final void mT__16() throws RecognitionException {
        try {
            int _type = T__16;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalTwin.g:15:7: ( 'big' )
            // InternalTwin.g:15:9: 'big'
            {
            match("big"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__16"

    // $ANTLR start "T__17"
    public final void mT__17() throws RecognitionException {
        try {
            int _type = T__17;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalTwin.g:16:7: ( 'little' )
            // InternalTwin.g:16:9: 'little'
            {
            match("little"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__17"

    // $ANTLR start "T__18"
    public final void mT__18() throws RecognitionException {
        try {
            int _type = T__18;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalTwin.g:17:7: ( 'one-based' )
            // InternalTwin.g:17:9: 'one-based'
            {
            match("one-based"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__18"

    // $ANTLR start "T__19"
    public final void mT__19() throws RecognitionException {
        try {
            int _type = T__19;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalTwin.g:18:7: ( 'zero-based' )
            // InternalTwin.g:18:9: 'zero-based'
            {
            match("zero-based"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__19"

    // $ANTLR start "T__20"
    public final void mT__20() throws RecognitionException {
        try {
            int _type = T__20;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalTwin.g:19:7: ( 'None' )
            // InternalTwin.g:19:9: 'None'
            {
            match("None"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__20"

    // $ANTLR start "T__21"
    public final void mT__21() throws RecognitionException {
        try {
            int _type = T__21;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalTwin.g:20:7: ( 'Basic128Rsa15' )
            // InternalTwin.g:20:9: 'Basic128Rsa15'
            {
            match("Basic128Rsa15"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__21"

    // $ANTLR start "T__22"
    public final void mT__22() throws RecognitionException {
        try {
            int _type = T__22;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalTwin.g:21:7: ( 'Basic256' )
            // InternalTwin.g:21:9: 'Basic256'
            {
            match("Basic256"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__22"

    // $ANTLR start "T__23"
    public final void mT__23() throws RecognitionException {
        try {
            int _type = T__23;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalTwin.g:22:7: ( 'Basic256Sha256' )
            // InternalTwin.g:22:9: 'Basic256Sha256'
            {
            match("Basic256Sha256"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__23"

    // $ANTLR start "T__24"
    public final void mT__24() throws RecognitionException {
        try {
            int _type = T__24;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalTwin.g:23:7: ( 'Aes128_Sha256_RsaOaep' )
            // InternalTwin.g:23:9: 'Aes128_Sha256_RsaOaep'
            {
            match("Aes128_Sha256_RsaOaep"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__24"

    // $ANTLR start "T__25"
    public final void mT__25() throws RecognitionException {
        try {
            int _type = T__25;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalTwin.g:24:7: ( 'Aes256_Sha256_RsaPss' )
            // InternalTwin.g:24:9: 'Aes256_Sha256_RsaPss'
            {
            match("Aes256_Sha256_RsaPss"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__25"

    // $ANTLR start "T__26"
    public final void mT__26() throws RecognitionException {
        try {
            int _type = T__26;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalTwin.g:25:7: ( 'none' )
            // InternalTwin.g:25:9: 'none'
            {
            match("none"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__26"

    // $ANTLR start "T__27"
    public final void mT__27() throws RecognitionException {
        try {
            int _type = T__27;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalTwin.g:26:7: ( 'sign' )
            // InternalTwin.g:26:9: 'sign'
            {
            match("sign"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__27"

    // $ANTLR start "T__28"
    public final void mT__28() throws RecognitionException {
        try {
            int _type = T__28;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalTwin.g:27:7: ( 'sign-and-encrypt' )
            // InternalTwin.g:27:9: 'sign-and-encrypt'
            {
            match("sign-and-encrypt"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__28"

    // $ANTLR start "T__29"
    public final void mT__29() throws RecognitionException {
        try {
            int _type = T__29;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalTwin.g:28:7: ( 'coil' )
            // InternalTwin.g:28:9: 'coil'
            {
            match("coil"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__29"

    // $ANTLR start "T__30"
    public final void mT__30() throws RecognitionException {
        try {
            int _type = T__30;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalTwin.g:29:7: ( 'discrete' )
            // InternalTwin.g:29:9: 'discrete'
            {
            match("discrete"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__30"

    // $ANTLR start "T__31"
    public final void mT__31() throws RecognitionException {
        try {
            int _type = T__31;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalTwin.g:30:7: ( 'input' )
            // InternalTwin.g:30:9: 'input'
            {
            match("input"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__31"

    // $ANTLR start "T__32"
    public final void mT__32() throws RecognitionException {
        try {
            int _type = T__32;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalTwin.g:31:7: ( 'holding' )
            // InternalTwin.g:31:9: 'holding'
            {
            match("holding"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__32"

    // $ANTLR start "T__33"
    public final void mT__33() throws RecognitionException {
        try {
            int _type = T__33;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalTwin.g:32:7: ( 'discrete-input' )
            // InternalTwin.g:32:9: 'discrete-input'
            {
            match("discrete-input"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__33"

    // $ANTLR start "T__34"
    public final void mT__34() throws RecognitionException {
        try {
            int _type = T__34;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalTwin.g:33:7: ( 'input-register' )
            // InternalTwin.g:33:9: 'input-register'
            {
            match("input-register"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__34"

    // $ANTLR start "T__35"
    public final void mT__35() throws RecognitionException {
        try {
            int _type = T__35;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalTwin.g:34:7: ( 'holding-register' )
            // InternalTwin.g:34:9: 'holding-register'
            {
            match("holding-register"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__35"

    // $ANTLR start "T__36"
    public final void mT__36() throws RecognitionException {
        try {
            int _type = T__36;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalTwin.g:35:7: ( 'bool' )
            // InternalTwin.g:35:9: 'bool'
            {
            match("bool"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__36"

    // $ANTLR start "T__37"
    public final void mT__37() throws RecognitionException {
        try {
            int _type = T__37;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalTwin.g:36:7: ( 'int16' )
            // InternalTwin.g:36:9: 'int16'
            {
            match("int16"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__37"

    // $ANTLR start "T__38"
    public final void mT__38() throws RecognitionException {
        try {
            int _type = T__38;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalTwin.g:37:7: ( 'uint16' )
            // InternalTwin.g:37:9: 'uint16'
            {
            match("uint16"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__38"

    // $ANTLR start "T__39"
    public final void mT__39() throws RecognitionException {
        try {
            int _type = T__39;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalTwin.g:38:7: ( 'int32' )
            // InternalTwin.g:38:9: 'int32'
            {
            match("int32"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__39"

    // $ANTLR start "T__40"
    public final void mT__40() throws RecognitionException {
        try {
            int _type = T__40;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalTwin.g:39:7: ( 'uint32' )
            // InternalTwin.g:39:9: 'uint32'
            {
            match("uint32"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__40"

    // $ANTLR start "T__41"
    public final void mT__41() throws RecognitionException {
        try {
            int _type = T__41;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalTwin.g:40:7: ( 'float32' )
            // InternalTwin.g:40:9: 'float32'
            {
            match("float32"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__41"

    // $ANTLR start "T__42"
    public final void mT__42() throws RecognitionException {
        try {
            int _type = T__42;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalTwin.g:41:7: ( 'int64' )
            // InternalTwin.g:41:9: 'int64'
            {
            match("int64"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__42"

    // $ANTLR start "T__43"
    public final void mT__43() throws RecognitionException {
        try {
            int _type = T__43;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalTwin.g:42:7: ( 'float64' )
            // InternalTwin.g:42:9: 'float64'
            {
            match("float64"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__43"

    // $ANTLR start "T__44"
    public final void mT__44() throws RecognitionException {
        try {
            int _type = T__44;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalTwin.g:43:7: ( 'hold' )
            // InternalTwin.g:43:9: 'hold'
            {
            match("hold"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__44"

    // $ANTLR start "T__45"
    public final void mT__45() throws RecognitionException {
        try {
            int _type = T__45;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalTwin.g:44:7: ( 'linear' )
            // InternalTwin.g:44:9: 'linear'
            {
            match("linear"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__45"

    // $ANTLR start "T__46"
    public final void mT__46() throws RecognitionException {
        try {
            int _type = T__46;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalTwin.g:45:7: ( 'mean' )
            // InternalTwin.g:45:9: 'mean'
            {
            match("mean"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__46"

    // $ANTLR start "T__47"
    public final void mT__47() throws RecognitionException {
        try {
            int _type = T__47;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalTwin.g:46:7: ( 'max' )
            // InternalTwin.g:46:9: 'max'
            {
            match("max"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__47"

    // $ANTLR start "T__48"
    public final void mT__48() throws RecognitionException {
        try {
            int _type = T__48;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalTwin.g:47:7: ( '>' )
            // InternalTwin.g:47:9: '>'
            {
            match('>'); 

            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__48"

    // $ANTLR start "T__49"
    public final void mT__49() throws RecognitionException {
        try {
            int _type = T__49;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalTwin.g:48:7: ( '>=' )
            // InternalTwin.g:48:9: '>='
            {
            match(">="); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__49"

    // $ANTLR start "T__50"
    public final void mT__50() throws RecognitionException {
        try {
            int _type = T__50;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalTwin.g:49:7: ( '<' )
            // InternalTwin.g:49:9: '<'
            {
            match('<'); 

            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__50"

    // $ANTLR start "T__51"
    public final void mT__51() throws RecognitionException {
        try {
            int _type = T__51;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalTwin.g:50:7: ( '<=' )
            // InternalTwin.g:50:9: '<='
            {
            match("<="); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__51"

    // $ANTLR start "T__52"
    public final void mT__52() throws RecognitionException {
        try {
            int _type = T__52;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalTwin.g:51:7: ( 'below' )
            // InternalTwin.g:51:9: 'below'
            {
            match("below"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__52"

    // $ANTLR start "T__53"
    public final void mT__53() throws RecognitionException {
        try {
            int _type = T__53;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalTwin.g:52:7: ( 'above' )
            // InternalTwin.g:52:9: 'above'
            {
            match("above"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__53"

    // $ANTLR start "T__54"
    public final void mT__54() throws RecognitionException {
        try {
            int _type = T__54;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalTwin.g:53:7: ( 'package' )
            // InternalTwin.g:53:9: 'package'
            {
            match("package"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__54"

    // $ANTLR start "T__55"
    public final void mT__55() throws RecognitionException {
        try {
            int _type = T__55;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalTwin.g:54:7: ( 'import' )
            // InternalTwin.g:54:9: 'import'
            {
            match("import"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__55"

    // $ANTLR start "T__56"
    public final void mT__56() throws RecognitionException {
        try {
            int _type = T__56;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalTwin.g:55:7: ( 'connection' )
            // InternalTwin.g:55:9: 'connection'
            {
            match("connection"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__56"

    // $ANTLR start "T__57"
    public final void mT__57() throws RecognitionException {
        try {
            int _type = T__57;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalTwin.g:56:7: ( 'modbus' )
            // InternalTwin.g:56:9: 'modbus'
            {
            match("modbus"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__57"

    // $ANTLR start "T__58"
    public final void mT__58() throws RecognitionException {
        try {
            int _type = T__58;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalTwin.g:57:7: ( 'tcp' )
            // InternalTwin.g:57:9: 'tcp'
            {
            match("tcp"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__58"

    // $ANTLR start "T__59"
    public final void mT__59() throws RecognitionException {
        try {
            int _type = T__59;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalTwin.g:58:7: ( '{' )
            // InternalTwin.g:58:9: '{'
            {
            match('{'); 

            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__59"

    // $ANTLR start "T__60"
    public final void mT__60() throws RecognitionException {
        try {
            int _type = T__60;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalTwin.g:59:7: ( '}' )
            // InternalTwin.g:59:9: '}'
            {
            match('}'); 

            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__60"

    // $ANTLR start "T__61"
    public final void mT__61() throws RecognitionException {
        try {
            int _type = T__61;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalTwin.g:60:7: ( ',' )
            // InternalTwin.g:60:9: ','
            {
            match(','); 

            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__61"

    // $ANTLR start "T__62"
    public final void mT__62() throws RecognitionException {
        try {
            int _type = T__62;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalTwin.g:61:7: ( 'opcua' )
            // InternalTwin.g:61:9: 'opcua'
            {
            match("opcua"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__62"

    // $ANTLR start "T__63"
    public final void mT__63() throws RecognitionException {
        try {
            int _type = T__63;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalTwin.g:62:7: ( 'byte' )
            // InternalTwin.g:62:9: 'byte'
            {
            match("byte"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__63"

    // $ANTLR start "T__64"
    public final void mT__64() throws RecognitionException {
        try {
            int _type = T__64;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalTwin.g:63:7: ( 'order' )
            // InternalTwin.g:63:9: 'order'
            {
            match("order"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__64"

    // $ANTLR start "T__65"
    public final void mT__65() throws RecognitionException {
        try {
            int _type = T__65;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalTwin.g:64:7: ( 'word' )
            // InternalTwin.g:64:9: 'word'
            {
            match("word"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__65"

    // $ANTLR start "T__66"
    public final void mT__66() throws RecognitionException {
        try {
            int _type = T__66;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalTwin.g:65:7: ( 'poll' )
            // InternalTwin.g:65:9: 'poll'
            {
            match("poll"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__66"

    // $ANTLR start "T__67"
    public final void mT__67() throws RecognitionException {
        try {
            int _type = T__67;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalTwin.g:66:7: ( 'timeout' )
            // InternalTwin.g:66:9: 'timeout'
            {
            match("timeout"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__67"

    // $ANTLR start "T__68"
    public final void mT__68() throws RecognitionException {
        try {
            int _type = T__68;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalTwin.g:67:7: ( 'retries' )
            // InternalTwin.g:67:9: 'retries'
            {
            match("retries"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__68"

    // $ANTLR start "T__69"
    public final void mT__69() throws RecognitionException {
        try {
            int _type = T__69;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalTwin.g:68:7: ( 'registers' )
            // InternalTwin.g:68:9: 'registers'
            {
            match("registers"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__69"

    // $ANTLR start "T__70"
    public final void mT__70() throws RecognitionException {
        try {
            int _type = T__70;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalTwin.g:69:7: ( 'gap' )
            // InternalTwin.g:69:9: 'gap'
            {
            match("gap"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__70"

    // $ANTLR start "T__71"
    public final void mT__71() throws RecognitionException {
        try {
            int _type = T__71;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalTwin.g:70:7: ( 'addressing' )
            // InternalTwin.g:70:9: 'addressing'
            {
            match("addressing"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__71"

    // $ANTLR start "T__72"
    public final void mT__72() throws RecognitionException {
        try {
            int _type = T__72;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalTwin.g:71:7: ( 'security' )
            // InternalTwin.g:71:9: 'security'
            {
            match("security"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__72"

    // $ANTLR start "T__73"
    public final void mT__73() throws RecognitionException {
        try {
            int _type = T__73;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalTwin.g:72:7: ( 'identity' )
            // InternalTwin.g:72:9: 'identity'
            {
            match("identity"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__73"

    // $ANTLR start "T__74"
    public final void mT__74() throws RecognitionException {
        try {
            int _type = T__74;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalTwin.g:73:7: ( 'anonymous' )
            // InternalTwin.g:73:9: 'anonymous'
            {
            match("anonymous"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__74"

    // $ANTLR start "T__75"
    public final void mT__75() throws RecognitionException {
        try {
            int _type = T__75;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalTwin.g:74:7: ( 'user' )
            // InternalTwin.g:74:9: 'user'
            {
            match("user"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__75"

    // $ANTLR start "T__76"
    public final void mT__76() throws RecognitionException {
        try {
            int _type = T__76;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalTwin.g:75:7: ( 'password' )
            // InternalTwin.g:75:9: 'password'
            {
            match("password"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__76"

    // $ANTLR start "T__77"
    public final void mT__77() throws RecognitionException {
        try {
            int _type = T__77;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalTwin.g:76:7: ( 'secret' )
            // InternalTwin.g:76:9: 'secret'
            {
            match("secret"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__77"

    // $ANTLR start "T__78"
    public final void mT__78() throws RecognitionException {
        try {
            int _type = T__78;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalTwin.g:77:7: ( 'sampling' )
            // InternalTwin.g:77:9: 'sampling'
            {
            match("sampling"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__78"

    // $ANTLR start "T__79"
    public final void mT__79() throws RecognitionException {
        try {
            int _type = T__79;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalTwin.g:78:7: ( 'publishing' )
            // InternalTwin.g:78:9: 'publishing'
            {
            match("publishing"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__79"

    // $ANTLR start "T__80"
    public final void mT__80() throws RecognitionException {
        try {
            int _type = T__80;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalTwin.g:79:7: ( 'map' )
            // InternalTwin.g:79:9: 'map'
            {
            match("map"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__80"

    // $ANTLR start "T__81"
    public final void mT__81() throws RecognitionException {
        try {
            int _type = T__81;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalTwin.g:80:7: ( '->' )
            // InternalTwin.g:80:9: '->'
            {
            match("->"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__81"

    // $ANTLR start "T__82"
    public final void mT__82() throws RecognitionException {
        try {
            int _type = T__82;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalTwin.g:81:7: ( ':' )
            // InternalTwin.g:81:9: ':'
            {
            match(':'); 

            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__82"

    // $ANTLR start "T__83"
    public final void mT__83() throws RecognitionException {
        try {
            int _type = T__83;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalTwin.g:82:7: ( 'string' )
            // InternalTwin.g:82:9: 'string'
            {
            match("string"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__83"

    // $ANTLR start "T__84"
    public final void mT__84() throws RecognitionException {
        try {
            int _type = T__84;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalTwin.g:83:7: ( '(' )
            // InternalTwin.g:83:9: '('
            {
            match('('); 

            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__84"

    // $ANTLR start "T__85"
    public final void mT__85() throws RecognitionException {
        try {
            int _type = T__85;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalTwin.g:84:7: ( ')' )
            // InternalTwin.g:84:9: ')'
            {
            match(')'); 

            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__85"

    // $ANTLR start "T__86"
    public final void mT__86() throws RecognitionException {
        try {
            int _type = T__86;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalTwin.g:85:7: ( 'bit' )
            // InternalTwin.g:85:9: 'bit'
            {
            match("bit"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__86"

    // $ANTLR start "T__87"
    public final void mT__87() throws RecognitionException {
        try {
            int _type = T__87;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalTwin.g:86:7: ( 'scale' )
            // InternalTwin.g:86:9: 'scale'
            {
            match("scale"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__87"

    // $ANTLR start "T__88"
    public final void mT__88() throws RecognitionException {
        try {
            int _type = T__88;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalTwin.g:87:7: ( 'offset' )
            // InternalTwin.g:87:9: 'offset'
            {
            match("offset"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__88"

    // $ANTLR start "T__89"
    public final void mT__89() throws RecognitionException {
        try {
            int _type = T__89;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalTwin.g:88:7: ( 'unit' )
            // InternalTwin.g:88:9: 'unit'
            {
            match("unit"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__89"

    // $ANTLR start "T__90"
    public final void mT__90() throws RecognitionException {
        try {
            int _type = T__90;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalTwin.g:89:7: ( 'valid' )
            // InternalTwin.g:89:9: 'valid'
            {
            match("valid"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__90"

    // $ANTLR start "T__91"
    public final void mT__91() throws RecognitionException {
        try {
            int _type = T__91;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalTwin.g:90:7: ( '..' )
            // InternalTwin.g:90:9: '..'
            {
            match(".."); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__91"

    // $ANTLR start "T__92"
    public final void mT__92() throws RecognitionException {
        try {
            int _type = T__92;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalTwin.g:91:7: ( 'deadband' )
            // InternalTwin.g:91:9: 'deadband'
            {
            match("deadband"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__92"

    // $ANTLR start "T__93"
    public final void mT__93() throws RecognitionException {
        try {
            int _type = T__93;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalTwin.g:92:7: ( 'align' )
            // InternalTwin.g:92:9: 'align'
            {
            match("align"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__93"

    // $ANTLR start "T__94"
    public final void mT__94() throws RecognitionException {
        try {
            int _type = T__94;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalTwin.g:93:7: ( 'every' )
            // InternalTwin.g:93:9: 'every'
            {
            match("every"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__94"

    // $ANTLR start "T__95"
    public final void mT__95() throws RecognitionException {
        try {
            int _type = T__95;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalTwin.g:94:7: ( 'using' )
            // InternalTwin.g:94:9: 'using'
            {
            match("using"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__95"

    // $ANTLR start "T__96"
    public final void mT__96() throws RecognitionException {
        try {
            int _type = T__96;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalTwin.g:95:7: ( 'stale' )
            // InternalTwin.g:95:9: 'stale'
            {
            match("stale"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__96"

    // $ANTLR start "T__97"
    public final void mT__97() throws RecognitionException {
        try {
            int _type = T__97;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalTwin.g:96:7: ( 'after' )
            // InternalTwin.g:96:9: 'after'
            {
            match("after"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__97"

    // $ANTLR start "T__98"
    public final void mT__98() throws RecognitionException {
        try {
            int _type = T__98;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalTwin.g:97:7: ( '.' )
            // InternalTwin.g:97:9: '.'
            {
            match('.'); 

            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__98"

    // $ANTLR start "T__99"
    public final void mT__99() throws RecognitionException {
        try {
            int _type = T__99;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalTwin.g:98:7: ( '*' )
            // InternalTwin.g:98:9: '*'
            {
            match('*'); 

            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__99"

    // $ANTLR start "T__100"
    public final void mT__100() throws RecognitionException {
        try {
            int _type = T__100;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalTwin.g:99:8: ( 'alarm' )
            // InternalTwin.g:99:10: 'alarm'
            {
            match("alarm"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__100"

    // $ANTLR start "T__101"
    public final void mT__101() throws RecognitionException {
        try {
            int _type = T__101;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalTwin.g:100:8: ( 'for' )
            // InternalTwin.g:100:10: 'for'
            {
            match("for"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__101"

    // $ANTLR start "T__102"
    public final void mT__102() throws RecognitionException {
        try {
            int _type = T__102;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalTwin.g:101:8: ( 'clear' )
            // InternalTwin.g:101:10: 'clear'
            {
            match("clear"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__102"

    // $ANTLR start "T__103"
    public final void mT__103() throws RecognitionException {
        try {
            int _type = T__103;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalTwin.g:102:8: ( 'severity' )
            // InternalTwin.g:102:10: 'severity'
            {
            match("severity"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__103"

    // $ANTLR start "T__104"
    public final void mT__104() throws RecognitionException {
        try {
            int _type = T__104;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalTwin.g:103:8: ( 'overshoot' )
            // InternalTwin.g:103:10: 'overshoot'
            {
            match("overshoot"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__104"

    // $ANTLR start "T__105"
    public final void mT__105() throws RecognitionException {
        try {
            int _type = T__105;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalTwin.g:104:8: ( 'by' )
            // InternalTwin.g:104:10: 'by'
            {
            match("by"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__105"

    // $ANTLR start "T__106"
    public final void mT__106() throws RecognitionException {
        try {
            int _type = T__106;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalTwin.g:105:8: ( 'energy' )
            // InternalTwin.g:105:10: 'energy'
            {
            match("energy"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__106"

    // $ANTLR start "T__107"
    public final void mT__107() throws RecognitionException {
        try {
            int _type = T__107;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalTwin.g:106:8: ( 'integrate' )
            // InternalTwin.g:106:10: 'integrate'
            {
            match("integrate"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__107"

    // $ANTLR start "T__108"
    public final void mT__108() throws RecognitionException {
        try {
            int _type = T__108;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalTwin.g:107:8: ( 'per' )
            // InternalTwin.g:107:10: 'per'
            {
            match("per"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__108"

    // $ANTLR start "T__109"
    public final void mT__109() throws RecognitionException {
        try {
            int _type = T__109;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalTwin.g:108:8: ( 'verdict' )
            // InternalTwin.g:108:10: 'verdict'
            {
            match("verdict"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__109"

    // $ANTLR start "T__110"
    public final void mT__110() throws RecognitionException {
        try {
            int _type = T__110;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalTwin.g:109:8: ( 'within' )
            // InternalTwin.g:109:10: 'within'
            {
            match("within"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__110"

    // $ANTLR start "T__111"
    public final void mT__111() throws RecognitionException {
        try {
            int _type = T__111;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalTwin.g:110:8: ( '-' )
            // InternalTwin.g:110:10: '-'
            {
            match('-'); 

            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__111"

    // $ANTLR start "RULE_MODICON_X"
    public final void mRULE_MODICON_X() throws RecognitionException {
        try {
            int _type = RULE_MODICON_X;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalTwin.g:9060:16: ( ( '0' | '1' | '3' | '4' ) ( 'x' | 'X' ) ( '0' .. '9' )+ )
            // InternalTwin.g:9060:18: ( '0' | '1' | '3' | '4' ) ( 'x' | 'X' ) ( '0' .. '9' )+
            {
            if ( (input.LA(1)>='0' && input.LA(1)<='1')||(input.LA(1)>='3' && input.LA(1)<='4') ) {
                input.consume();

            }
            else {
                MismatchedSetException mse = new MismatchedSetException(null,input);
                recover(mse);
                throw mse;}

            if ( input.LA(1)=='X'||input.LA(1)=='x' ) {
                input.consume();

            }
            else {
                MismatchedSetException mse = new MismatchedSetException(null,input);
                recover(mse);
                throw mse;}

            // InternalTwin.g:9060:46: ( '0' .. '9' )+
            int cnt1=0;
            loop1:
            do {
                int alt1=2;
                int LA1_0 = input.LA(1);

                if ( ((LA1_0>='0' && LA1_0<='9')) ) {
                    alt1=1;
                }


                switch (alt1) {
            	case 1 :
            	    // InternalTwin.g:9060:47: '0' .. '9'
            	    {
            	    matchRange('0','9'); 

            	    }
            	    break;

            	default :
            	    if ( cnt1 >= 1 ) break loop1;
                        EarlyExitException eee =
                            new EarlyExitException(1, input);
                        throw eee;
                }
                cnt1++;
            } while (true);


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "RULE_MODICON_X"

    // $ANTLR start "RULE_ID"
    public final void mRULE_ID() throws RecognitionException {
        try {
            int _type = RULE_ID;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalTwin.g:9062:9: ( ( '^' )? ( 'a' .. 'z' | 'A' .. 'Z' | '_' ) ( 'a' .. 'z' | 'A' .. 'Z' | '_' | '0' .. '9' )* )
            // InternalTwin.g:9062:11: ( '^' )? ( 'a' .. 'z' | 'A' .. 'Z' | '_' ) ( 'a' .. 'z' | 'A' .. 'Z' | '_' | '0' .. '9' )*
            {
            // InternalTwin.g:9062:11: ( '^' )?
            int alt2=2;
            int LA2_0 = input.LA(1);

            if ( (LA2_0=='^') ) {
                alt2=1;
            }
            switch (alt2) {
                case 1 :
                    // InternalTwin.g:9062:11: '^'
                    {
                    match('^'); 

                    }
                    break;

            }

            if ( (input.LA(1)>='A' && input.LA(1)<='Z')||input.LA(1)=='_'||(input.LA(1)>='a' && input.LA(1)<='z') ) {
                input.consume();

            }
            else {
                MismatchedSetException mse = new MismatchedSetException(null,input);
                recover(mse);
                throw mse;}

            // InternalTwin.g:9062:40: ( 'a' .. 'z' | 'A' .. 'Z' | '_' | '0' .. '9' )*
            loop3:
            do {
                int alt3=2;
                int LA3_0 = input.LA(1);

                if ( ((LA3_0>='0' && LA3_0<='9')||(LA3_0>='A' && LA3_0<='Z')||LA3_0=='_'||(LA3_0>='a' && LA3_0<='z')) ) {
                    alt3=1;
                }


                switch (alt3) {
            	case 1 :
            	    // InternalTwin.g:
            	    {
            	    if ( (input.LA(1)>='0' && input.LA(1)<='9')||(input.LA(1)>='A' && input.LA(1)<='Z')||input.LA(1)=='_'||(input.LA(1)>='a' && input.LA(1)<='z') ) {
            	        input.consume();

            	    }
            	    else {
            	        MismatchedSetException mse = new MismatchedSetException(null,input);
            	        recover(mse);
            	        throw mse;}


            	    }
            	    break;

            	default :
            	    break loop3;
                }
            } while (true);


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "RULE_ID"

    // $ANTLR start "RULE_INT"
    public final void mRULE_INT() throws RecognitionException {
        try {
            int _type = RULE_INT;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalTwin.g:9064:10: ( ( '0' .. '9' )+ )
            // InternalTwin.g:9064:12: ( '0' .. '9' )+
            {
            // InternalTwin.g:9064:12: ( '0' .. '9' )+
            int cnt4=0;
            loop4:
            do {
                int alt4=2;
                int LA4_0 = input.LA(1);

                if ( ((LA4_0>='0' && LA4_0<='9')) ) {
                    alt4=1;
                }


                switch (alt4) {
            	case 1 :
            	    // InternalTwin.g:9064:13: '0' .. '9'
            	    {
            	    matchRange('0','9'); 

            	    }
            	    break;

            	default :
            	    if ( cnt4 >= 1 ) break loop4;
                        EarlyExitException eee =
                            new EarlyExitException(4, input);
                        throw eee;
                }
                cnt4++;
            } while (true);


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "RULE_INT"

    // $ANTLR start "RULE_STRING"
    public final void mRULE_STRING() throws RecognitionException {
        try {
            int _type = RULE_STRING;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalTwin.g:9066:13: ( '\"' ( '\\\\' . | ~ ( ( '\\\\' | '\"' | '\\r' | '\\n' ) ) )* '\"' )
            // InternalTwin.g:9066:15: '\"' ( '\\\\' . | ~ ( ( '\\\\' | '\"' | '\\r' | '\\n' ) ) )* '\"'
            {
            match('\"'); 
            // InternalTwin.g:9066:19: ( '\\\\' . | ~ ( ( '\\\\' | '\"' | '\\r' | '\\n' ) ) )*
            loop5:
            do {
                int alt5=3;
                int LA5_0 = input.LA(1);

                if ( (LA5_0=='\\') ) {
                    alt5=1;
                }
                else if ( ((LA5_0>='\u0000' && LA5_0<='\t')||(LA5_0>='\u000B' && LA5_0<='\f')||(LA5_0>='\u000E' && LA5_0<='!')||(LA5_0>='#' && LA5_0<='[')||(LA5_0>=']' && LA5_0<='\uFFFF')) ) {
                    alt5=2;
                }


                switch (alt5) {
            	case 1 :
            	    // InternalTwin.g:9066:20: '\\\\' .
            	    {
            	    match('\\'); 
            	    matchAny(); 

            	    }
            	    break;
            	case 2 :
            	    // InternalTwin.g:9066:27: ~ ( ( '\\\\' | '\"' | '\\r' | '\\n' ) )
            	    {
            	    if ( (input.LA(1)>='\u0000' && input.LA(1)<='\t')||(input.LA(1)>='\u000B' && input.LA(1)<='\f')||(input.LA(1)>='\u000E' && input.LA(1)<='!')||(input.LA(1)>='#' && input.LA(1)<='[')||(input.LA(1)>=']' && input.LA(1)<='\uFFFF') ) {
            	        input.consume();

            	    }
            	    else {
            	        MismatchedSetException mse = new MismatchedSetException(null,input);
            	        recover(mse);
            	        throw mse;}


            	    }
            	    break;

            	default :
            	    break loop5;
                }
            } while (true);

            match('\"'); 

            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "RULE_STRING"

    // $ANTLR start "RULE_ML_COMMENT"
    public final void mRULE_ML_COMMENT() throws RecognitionException {
        try {
            int _type = RULE_ML_COMMENT;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalTwin.g:9068:17: ( '/*' ( options {greedy=false; } : . )* '*/' )
            // InternalTwin.g:9068:19: '/*' ( options {greedy=false; } : . )* '*/'
            {
            match("/*"); 

            // InternalTwin.g:9068:24: ( options {greedy=false; } : . )*
            loop6:
            do {
                int alt6=2;
                int LA6_0 = input.LA(1);

                if ( (LA6_0=='*') ) {
                    int LA6_1 = input.LA(2);

                    if ( (LA6_1=='/') ) {
                        alt6=2;
                    }
                    else if ( ((LA6_1>='\u0000' && LA6_1<='.')||(LA6_1>='0' && LA6_1<='\uFFFF')) ) {
                        alt6=1;
                    }


                }
                else if ( ((LA6_0>='\u0000' && LA6_0<=')')||(LA6_0>='+' && LA6_0<='\uFFFF')) ) {
                    alt6=1;
                }


                switch (alt6) {
            	case 1 :
            	    // InternalTwin.g:9068:52: .
            	    {
            	    matchAny(); 

            	    }
            	    break;

            	default :
            	    break loop6;
                }
            } while (true);

            match("*/"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "RULE_ML_COMMENT"

    // $ANTLR start "RULE_SL_COMMENT"
    public final void mRULE_SL_COMMENT() throws RecognitionException {
        try {
            int _type = RULE_SL_COMMENT;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalTwin.g:9070:17: ( '//' (~ ( ( '\\n' | '\\r' ) ) )* ( ( '\\r' )? '\\n' )? )
            // InternalTwin.g:9070:19: '//' (~ ( ( '\\n' | '\\r' ) ) )* ( ( '\\r' )? '\\n' )?
            {
            match("//"); 

            // InternalTwin.g:9070:24: (~ ( ( '\\n' | '\\r' ) ) )*
            loop7:
            do {
                int alt7=2;
                int LA7_0 = input.LA(1);

                if ( ((LA7_0>='\u0000' && LA7_0<='\t')||(LA7_0>='\u000B' && LA7_0<='\f')||(LA7_0>='\u000E' && LA7_0<='\uFFFF')) ) {
                    alt7=1;
                }


                switch (alt7) {
            	case 1 :
            	    // InternalTwin.g:9070:24: ~ ( ( '\\n' | '\\r' ) )
            	    {
            	    if ( (input.LA(1)>='\u0000' && input.LA(1)<='\t')||(input.LA(1)>='\u000B' && input.LA(1)<='\f')||(input.LA(1)>='\u000E' && input.LA(1)<='\uFFFF') ) {
            	        input.consume();

            	    }
            	    else {
            	        MismatchedSetException mse = new MismatchedSetException(null,input);
            	        recover(mse);
            	        throw mse;}


            	    }
            	    break;

            	default :
            	    break loop7;
                }
            } while (true);

            // InternalTwin.g:9070:40: ( ( '\\r' )? '\\n' )?
            int alt9=2;
            int LA9_0 = input.LA(1);

            if ( (LA9_0=='\n'||LA9_0=='\r') ) {
                alt9=1;
            }
            switch (alt9) {
                case 1 :
                    // InternalTwin.g:9070:41: ( '\\r' )? '\\n'
                    {
                    // InternalTwin.g:9070:41: ( '\\r' )?
                    int alt8=2;
                    int LA8_0 = input.LA(1);

                    if ( (LA8_0=='\r') ) {
                        alt8=1;
                    }
                    switch (alt8) {
                        case 1 :
                            // InternalTwin.g:9070:41: '\\r'
                            {
                            match('\r'); 

                            }
                            break;

                    }

                    match('\n'); 

                    }
                    break;

            }


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "RULE_SL_COMMENT"

    // $ANTLR start "RULE_WS"
    public final void mRULE_WS() throws RecognitionException {
        try {
            int _type = RULE_WS;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalTwin.g:9072:9: ( ( ' ' | '\\t' | '\\r' | '\\n' )+ )
            // InternalTwin.g:9072:11: ( ' ' | '\\t' | '\\r' | '\\n' )+
            {
            // InternalTwin.g:9072:11: ( ' ' | '\\t' | '\\r' | '\\n' )+
            int cnt10=0;
            loop10:
            do {
                int alt10=2;
                int LA10_0 = input.LA(1);

                if ( ((LA10_0>='\t' && LA10_0<='\n')||LA10_0=='\r'||LA10_0==' ') ) {
                    alt10=1;
                }


                switch (alt10) {
            	case 1 :
            	    // InternalTwin.g:
            	    {
            	    if ( (input.LA(1)>='\t' && input.LA(1)<='\n')||input.LA(1)=='\r'||input.LA(1)==' ' ) {
            	        input.consume();

            	    }
            	    else {
            	        MismatchedSetException mse = new MismatchedSetException(null,input);
            	        recover(mse);
            	        throw mse;}


            	    }
            	    break;

            	default :
            	    if ( cnt10 >= 1 ) break loop10;
                        EarlyExitException eee =
                            new EarlyExitException(10, input);
                        throw eee;
                }
                cnt10++;
            } while (true);


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "RULE_WS"

    // $ANTLR start "RULE_ANY_OTHER"
    public final void mRULE_ANY_OTHER() throws RecognitionException {
        try {
            int _type = RULE_ANY_OTHER;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalTwin.g:9074:16: ( . )
            // InternalTwin.g:9074:18: .
            {
            matchAny(); 

            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "RULE_ANY_OTHER"

    public void mTokens() throws RecognitionException {
        // InternalTwin.g:1:8: ( T__12 | T__13 | T__14 | T__15 | T__16 | T__17 | T__18 | T__19 | T__20 | T__21 | T__22 | T__23 | T__24 | T__25 | T__26 | T__27 | T__28 | T__29 | T__30 | T__31 | T__32 | T__33 | T__34 | T__35 | T__36 | T__37 | T__38 | T__39 | T__40 | T__41 | T__42 | T__43 | T__44 | T__45 | T__46 | T__47 | T__48 | T__49 | T__50 | T__51 | T__52 | T__53 | T__54 | T__55 | T__56 | T__57 | T__58 | T__59 | T__60 | T__61 | T__62 | T__63 | T__64 | T__65 | T__66 | T__67 | T__68 | T__69 | T__70 | T__71 | T__72 | T__73 | T__74 | T__75 | T__76 | T__77 | T__78 | T__79 | T__80 | T__81 | T__82 | T__83 | T__84 | T__85 | T__86 | T__87 | T__88 | T__89 | T__90 | T__91 | T__92 | T__93 | T__94 | T__95 | T__96 | T__97 | T__98 | T__99 | T__100 | T__101 | T__102 | T__103 | T__104 | T__105 | T__106 | T__107 | T__108 | T__109 | T__110 | T__111 | RULE_MODICON_X | RULE_ID | RULE_INT | RULE_STRING | RULE_ML_COMMENT | RULE_SL_COMMENT | RULE_WS | RULE_ANY_OTHER )
        int alt11=108;
        alt11 = dfa11.predict(input);
        switch (alt11) {
            case 1 :
                // InternalTwin.g:1:10: T__12
                {
                mT__12(); 

                }
                break;
            case 2 :
                // InternalTwin.g:1:16: T__13
                {
                mT__13(); 

                }
                break;
            case 3 :
                // InternalTwin.g:1:22: T__14
                {
                mT__14(); 

                }
                break;
            case 4 :
                // InternalTwin.g:1:28: T__15
                {
                mT__15(); 

                }
                break;
            case 5 :
                // InternalTwin.g:1:34: T__16
                {
                mT__16(); 

                }
                break;
            case 6 :
                // InternalTwin.g:1:40: T__17
                {
                mT__17(); 

                }
                break;
            case 7 :
                // InternalTwin.g:1:46: T__18
                {
                mT__18(); 

                }
                break;
            case 8 :
                // InternalTwin.g:1:52: T__19
                {
                mT__19(); 

                }
                break;
            case 9 :
                // InternalTwin.g:1:58: T__20
                {
                mT__20(); 

                }
                break;
            case 10 :
                // InternalTwin.g:1:64: T__21
                {
                mT__21(); 

                }
                break;
            case 11 :
                // InternalTwin.g:1:70: T__22
                {
                mT__22(); 

                }
                break;
            case 12 :
                // InternalTwin.g:1:76: T__23
                {
                mT__23(); 

                }
                break;
            case 13 :
                // InternalTwin.g:1:82: T__24
                {
                mT__24(); 

                }
                break;
            case 14 :
                // InternalTwin.g:1:88: T__25
                {
                mT__25(); 

                }
                break;
            case 15 :
                // InternalTwin.g:1:94: T__26
                {
                mT__26(); 

                }
                break;
            case 16 :
                // InternalTwin.g:1:100: T__27
                {
                mT__27(); 

                }
                break;
            case 17 :
                // InternalTwin.g:1:106: T__28
                {
                mT__28(); 

                }
                break;
            case 18 :
                // InternalTwin.g:1:112: T__29
                {
                mT__29(); 

                }
                break;
            case 19 :
                // InternalTwin.g:1:118: T__30
                {
                mT__30(); 

                }
                break;
            case 20 :
                // InternalTwin.g:1:124: T__31
                {
                mT__31(); 

                }
                break;
            case 21 :
                // InternalTwin.g:1:130: T__32
                {
                mT__32(); 

                }
                break;
            case 22 :
                // InternalTwin.g:1:136: T__33
                {
                mT__33(); 

                }
                break;
            case 23 :
                // InternalTwin.g:1:142: T__34
                {
                mT__34(); 

                }
                break;
            case 24 :
                // InternalTwin.g:1:148: T__35
                {
                mT__35(); 

                }
                break;
            case 25 :
                // InternalTwin.g:1:154: T__36
                {
                mT__36(); 

                }
                break;
            case 26 :
                // InternalTwin.g:1:160: T__37
                {
                mT__37(); 

                }
                break;
            case 27 :
                // InternalTwin.g:1:166: T__38
                {
                mT__38(); 

                }
                break;
            case 28 :
                // InternalTwin.g:1:172: T__39
                {
                mT__39(); 

                }
                break;
            case 29 :
                // InternalTwin.g:1:178: T__40
                {
                mT__40(); 

                }
                break;
            case 30 :
                // InternalTwin.g:1:184: T__41
                {
                mT__41(); 

                }
                break;
            case 31 :
                // InternalTwin.g:1:190: T__42
                {
                mT__42(); 

                }
                break;
            case 32 :
                // InternalTwin.g:1:196: T__43
                {
                mT__43(); 

                }
                break;
            case 33 :
                // InternalTwin.g:1:202: T__44
                {
                mT__44(); 

                }
                break;
            case 34 :
                // InternalTwin.g:1:208: T__45
                {
                mT__45(); 

                }
                break;
            case 35 :
                // InternalTwin.g:1:214: T__46
                {
                mT__46(); 

                }
                break;
            case 36 :
                // InternalTwin.g:1:220: T__47
                {
                mT__47(); 

                }
                break;
            case 37 :
                // InternalTwin.g:1:226: T__48
                {
                mT__48(); 

                }
                break;
            case 38 :
                // InternalTwin.g:1:232: T__49
                {
                mT__49(); 

                }
                break;
            case 39 :
                // InternalTwin.g:1:238: T__50
                {
                mT__50(); 

                }
                break;
            case 40 :
                // InternalTwin.g:1:244: T__51
                {
                mT__51(); 

                }
                break;
            case 41 :
                // InternalTwin.g:1:250: T__52
                {
                mT__52(); 

                }
                break;
            case 42 :
                // InternalTwin.g:1:256: T__53
                {
                mT__53(); 

                }
                break;
            case 43 :
                // InternalTwin.g:1:262: T__54
                {
                mT__54(); 

                }
                break;
            case 44 :
                // InternalTwin.g:1:268: T__55
                {
                mT__55(); 

                }
                break;
            case 45 :
                // InternalTwin.g:1:274: T__56
                {
                mT__56(); 

                }
                break;
            case 46 :
                // InternalTwin.g:1:280: T__57
                {
                mT__57(); 

                }
                break;
            case 47 :
                // InternalTwin.g:1:286: T__58
                {
                mT__58(); 

                }
                break;
            case 48 :
                // InternalTwin.g:1:292: T__59
                {
                mT__59(); 

                }
                break;
            case 49 :
                // InternalTwin.g:1:298: T__60
                {
                mT__60(); 

                }
                break;
            case 50 :
                // InternalTwin.g:1:304: T__61
                {
                mT__61(); 

                }
                break;
            case 51 :
                // InternalTwin.g:1:310: T__62
                {
                mT__62(); 

                }
                break;
            case 52 :
                // InternalTwin.g:1:316: T__63
                {
                mT__63(); 

                }
                break;
            case 53 :
                // InternalTwin.g:1:322: T__64
                {
                mT__64(); 

                }
                break;
            case 54 :
                // InternalTwin.g:1:328: T__65
                {
                mT__65(); 

                }
                break;
            case 55 :
                // InternalTwin.g:1:334: T__66
                {
                mT__66(); 

                }
                break;
            case 56 :
                // InternalTwin.g:1:340: T__67
                {
                mT__67(); 

                }
                break;
            case 57 :
                // InternalTwin.g:1:346: T__68
                {
                mT__68(); 

                }
                break;
            case 58 :
                // InternalTwin.g:1:352: T__69
                {
                mT__69(); 

                }
                break;
            case 59 :
                // InternalTwin.g:1:358: T__70
                {
                mT__70(); 

                }
                break;
            case 60 :
                // InternalTwin.g:1:364: T__71
                {
                mT__71(); 

                }
                break;
            case 61 :
                // InternalTwin.g:1:370: T__72
                {
                mT__72(); 

                }
                break;
            case 62 :
                // InternalTwin.g:1:376: T__73
                {
                mT__73(); 

                }
                break;
            case 63 :
                // InternalTwin.g:1:382: T__74
                {
                mT__74(); 

                }
                break;
            case 64 :
                // InternalTwin.g:1:388: T__75
                {
                mT__75(); 

                }
                break;
            case 65 :
                // InternalTwin.g:1:394: T__76
                {
                mT__76(); 

                }
                break;
            case 66 :
                // InternalTwin.g:1:400: T__77
                {
                mT__77(); 

                }
                break;
            case 67 :
                // InternalTwin.g:1:406: T__78
                {
                mT__78(); 

                }
                break;
            case 68 :
                // InternalTwin.g:1:412: T__79
                {
                mT__79(); 

                }
                break;
            case 69 :
                // InternalTwin.g:1:418: T__80
                {
                mT__80(); 

                }
                break;
            case 70 :
                // InternalTwin.g:1:424: T__81
                {
                mT__81(); 

                }
                break;
            case 71 :
                // InternalTwin.g:1:430: T__82
                {
                mT__82(); 

                }
                break;
            case 72 :
                // InternalTwin.g:1:436: T__83
                {
                mT__83(); 

                }
                break;
            case 73 :
                // InternalTwin.g:1:442: T__84
                {
                mT__84(); 

                }
                break;
            case 74 :
                // InternalTwin.g:1:448: T__85
                {
                mT__85(); 

                }
                break;
            case 75 :
                // InternalTwin.g:1:454: T__86
                {
                mT__86(); 

                }
                break;
            case 76 :
                // InternalTwin.g:1:460: T__87
                {
                mT__87(); 

                }
                break;
            case 77 :
                // InternalTwin.g:1:466: T__88
                {
                mT__88(); 

                }
                break;
            case 78 :
                // InternalTwin.g:1:472: T__89
                {
                mT__89(); 

                }
                break;
            case 79 :
                // InternalTwin.g:1:478: T__90
                {
                mT__90(); 

                }
                break;
            case 80 :
                // InternalTwin.g:1:484: T__91
                {
                mT__91(); 

                }
                break;
            case 81 :
                // InternalTwin.g:1:490: T__92
                {
                mT__92(); 

                }
                break;
            case 82 :
                // InternalTwin.g:1:496: T__93
                {
                mT__93(); 

                }
                break;
            case 83 :
                // InternalTwin.g:1:502: T__94
                {
                mT__94(); 

                }
                break;
            case 84 :
                // InternalTwin.g:1:508: T__95
                {
                mT__95(); 

                }
                break;
            case 85 :
                // InternalTwin.g:1:514: T__96
                {
                mT__96(); 

                }
                break;
            case 86 :
                // InternalTwin.g:1:520: T__97
                {
                mT__97(); 

                }
                break;
            case 87 :
                // InternalTwin.g:1:526: T__98
                {
                mT__98(); 

                }
                break;
            case 88 :
                // InternalTwin.g:1:532: T__99
                {
                mT__99(); 

                }
                break;
            case 89 :
                // InternalTwin.g:1:538: T__100
                {
                mT__100(); 

                }
                break;
            case 90 :
                // InternalTwin.g:1:545: T__101
                {
                mT__101(); 

                }
                break;
            case 91 :
                // InternalTwin.g:1:552: T__102
                {
                mT__102(); 

                }
                break;
            case 92 :
                // InternalTwin.g:1:559: T__103
                {
                mT__103(); 

                }
                break;
            case 93 :
                // InternalTwin.g:1:566: T__104
                {
                mT__104(); 

                }
                break;
            case 94 :
                // InternalTwin.g:1:573: T__105
                {
                mT__105(); 

                }
                break;
            case 95 :
                // InternalTwin.g:1:580: T__106
                {
                mT__106(); 

                }
                break;
            case 96 :
                // InternalTwin.g:1:587: T__107
                {
                mT__107(); 

                }
                break;
            case 97 :
                // InternalTwin.g:1:594: T__108
                {
                mT__108(); 

                }
                break;
            case 98 :
                // InternalTwin.g:1:601: T__109
                {
                mT__109(); 

                }
                break;
            case 99 :
                // InternalTwin.g:1:608: T__110
                {
                mT__110(); 

                }
                break;
            case 100 :
                // InternalTwin.g:1:615: T__111
                {
                mT__111(); 

                }
                break;
            case 101 :
                // InternalTwin.g:1:622: RULE_MODICON_X
                {
                mRULE_MODICON_X(); 

                }
                break;
            case 102 :
                // InternalTwin.g:1:637: RULE_ID
                {
                mRULE_ID(); 

                }
                break;
            case 103 :
                // InternalTwin.g:1:645: RULE_INT
                {
                mRULE_INT(); 

                }
                break;
            case 104 :
                // InternalTwin.g:1:654: RULE_STRING
                {
                mRULE_STRING(); 

                }
                break;
            case 105 :
                // InternalTwin.g:1:666: RULE_ML_COMMENT
                {
                mRULE_ML_COMMENT(); 

                }
                break;
            case 106 :
                // InternalTwin.g:1:682: RULE_SL_COMMENT
                {
                mRULE_SL_COMMENT(); 

                }
                break;
            case 107 :
                // InternalTwin.g:1:698: RULE_WS
                {
                mRULE_WS(); 

                }
                break;
            case 108 :
                // InternalTwin.g:1:706: RULE_ANY_OTHER
                {
                mRULE_ANY_OTHER(); 

                }
                break;

        }

    }


    protected DFA11 dfa11 = new DFA11(this);
    static final String DFA11_eotS =
        "\1\uffff\1\61\1\67\1\71\15\61\1\126\1\130\3\61\3\uffff\3\61\1\154\3\uffff\1\61\1\163\1\61\1\uffff\1\170\1\53\2\uffff\2\53\2\uffff\1\175\4\61\1\uffff\5\61\1\uffff\1\61\1\uffff\3\61\1\u0090\27\61\4\uffff\13\61\3\uffff\4\61\5\uffff\2\61\2\uffff\2\61\10\uffff\1\u00c2\1\61\1\u00c4\1\u00c5\11\61\1\u00d0\1\u00d1\3\61\1\uffff\32\61\1\u00f3\12\61\1\u00fe\1\u00ff\5\61\1\u0105\4\61\1\uffff\1\u010a\2\uffff\1\61\1\u010d\7\61\1\u0116\2\uffff\1\u0117\1\61\1\u0119\2\61\1\uffff\5\61\1\u0121\3\61\1\u0125\1\u0126\14\61\1\u0134\1\61\1\u0136\1\61\1\uffff\10\61\1\u0140\1\61\2\uffff\1\61\1\u0143\3\61\1\uffff\4\61\1\uffff\1\61\2\uffff\5\61\1\u0151\1\u0152\1\61\2\uffff\1\u0154\1\uffff\2\61\1\u0157\1\u0158\2\61\2\uffff\3\61\2\uffff\1\61\1\u0160\2\61\1\u0164\1\u0165\1\u0166\1\u0167\5\61\1\uffff\1\u016d\1\uffff\1\61\1\u0170\2\61\1\u0173\1\u0174\1\u0175\2\61\1\uffff\2\61\1\uffff\3\61\1\u017d\1\61\1\u017f\1\61\1\u0181\1\61\1\u0183\2\61\1\u0186\2\uffff\1\61\1\uffff\1\u0188\1\u0189\2\uffff\1\u018a\6\61\1\uffff\2\61\5\uffff\1\61\1\u0194\1\61\1\u0196\1\u0197\1\uffff\2\61\1\uffff\2\61\3\uffff\4\61\1\u01a0\2\61\1\uffff\1\61\1\uffff\1\u01a4\1\uffff\1\61\1\uffff\2\61\1\uffff\1\u01a9\3\uffff\11\61\1\uffff\1\61\2\uffff\1\u01b4\1\u01b5\2\61\1\u01b8\2\61\1\u01bb\1\uffff\1\u01bc\1\61\1\u01be\1\uffff\1\u01bf\1\u01c0\1\u01c1\2\uffff\2\61\1\u01c5\3\61\1\u01ca\1\u01cb\1\61\1\u01cd\2\uffff\2\61\1\uffff\1\u01d0\1\61\2\uffff\1\61\4\uffff\1\u01d3\2\61\1\uffff\3\61\3\uffff\1\u01d9\1\uffff\1\61\1\u01db\1\uffff\1\61\1\u01dd\1\uffff\4\61\1\u01e2\1\uffff\1\u01e3\1\uffff\1\u01e4\1\uffff\4\61\3\uffff\4\61\1\u01ed\3\61\1\uffff\1\u01f1\2\61\1\uffff\13\61\1\u01ff\1\u0200\2\uffff";
    static final String DFA11_eofS =
        "\u0201\uffff";
    static final String DFA11_minS =
        "\1\0\1\141\2\60\1\145\1\151\1\146\1\145\1\157\1\141\1\145\1\157\1\154\1\145\1\144\1\151\1\154\2\75\1\142\1\141\1\143\3\uffff\1\151\1\145\1\141\1\76\3\uffff\1\141\1\56\1\156\1\uffff\1\130\1\101\2\uffff\1\0\1\52\2\uffff\1\60\1\156\1\141\1\160\1\144\1\uffff\1\147\1\143\1\155\2\141\1\uffff\1\154\1\uffff\1\147\1\157\1\154\1\60\1\156\1\145\1\143\1\144\1\146\1\145\1\162\1\156\2\163\1\156\1\151\1\145\1\163\1\141\2\160\1\145\1\156\1\145\1\151\1\157\1\162\4\uffff\1\157\1\144\1\157\1\141\1\164\1\143\1\154\1\142\1\162\1\160\1\155\3\uffff\1\162\1\164\1\147\1\160\5\uffff\1\154\1\162\2\uffff\2\145\10\uffff\1\60\1\156\2\60\1\142\1\156\1\162\1\145\1\160\1\151\2\154\1\144\2\60\1\154\1\157\1\145\1\uffff\1\164\1\145\1\55\1\165\1\145\1\163\1\162\1\157\1\145\1\151\1\61\1\145\1\154\1\156\1\141\1\143\1\144\1\165\1\61\1\157\1\156\1\164\1\162\1\156\1\164\1\141\1\60\1\166\1\162\1\156\1\147\1\162\1\145\1\153\1\163\2\154\2\60\1\145\1\144\1\150\1\162\1\151\1\60\1\151\1\144\2\162\1\uffff\1\60\2\uffff\1\165\1\55\1\162\1\145\1\162\1\154\1\156\2\145\1\60\2\uffff\1\60\1\167\1\60\1\154\1\141\1\uffff\1\141\1\162\1\145\1\163\1\55\1\60\1\143\1\62\1\65\2\60\1\145\2\162\1\142\1\164\1\66\1\62\1\64\1\147\1\162\1\164\1\61\1\60\1\147\1\60\1\164\1\uffff\2\145\1\171\1\156\1\155\1\162\1\141\1\167\1\60\1\151\2\uffff\1\157\1\60\2\151\1\163\1\uffff\1\144\1\151\1\171\1\147\1\uffff\1\163\2\uffff\1\151\1\164\2\151\1\147\2\60\1\156\2\uffff\1\60\1\uffff\1\145\1\162\2\60\1\164\1\150\2\uffff\1\61\1\70\1\66\2\uffff\1\143\1\60\1\145\1\141\1\55\3\60\1\162\1\164\1\151\1\66\1\62\1\uffff\1\60\1\uffff\1\63\1\60\1\163\1\155\3\60\1\147\1\157\1\uffff\1\163\1\165\1\uffff\1\156\1\145\1\164\1\60\1\143\1\60\1\171\1\60\1\164\1\60\1\164\1\156\1\60\2\uffff\1\147\1\uffff\2\60\2\uffff\1\60\1\157\1\62\1\65\2\137\1\164\1\uffff\1\164\1\156\5\uffff\1\141\1\60\1\164\2\60\1\uffff\1\62\1\64\1\uffff\1\163\1\157\3\uffff\1\145\1\162\1\150\1\164\1\60\1\163\1\145\1\uffff\1\164\1\uffff\1\60\1\uffff\1\171\1\uffff\1\171\1\147\1\uffff\1\55\3\uffff\1\157\1\70\1\66\2\123\1\151\1\145\1\144\1\164\1\uffff\1\171\2\uffff\2\60\1\151\1\165\1\60\1\144\1\151\1\60\1\uffff\1\60\1\162\1\60\1\uffff\3\60\2\uffff\1\164\1\122\1\60\2\150\1\157\1\55\1\60\1\145\1\60\2\uffff\1\156\1\163\1\uffff\1\60\1\156\2\uffff\1\163\4\uffff\1\60\1\163\1\150\1\uffff\2\141\1\156\3\uffff\1\60\1\uffff\1\147\1\60\1\uffff\1\147\1\60\1\uffff\2\141\2\62\1\60\1\uffff\1\60\1\uffff\1\60\1\uffff\1\61\1\62\2\65\3\uffff\2\65\2\66\1\60\1\66\2\137\1\uffff\1\60\2\122\1\uffff\2\163\2\141\1\117\1\120\1\141\1\163\1\145\1\163\1\160\2\60\2\uffff";
    static final String DFA11_maxS =
        "\1\uffff\1\163\2\172\1\171\1\151\1\166\1\145\1\157\1\141\1\145\2\157\1\151\1\156\1\163\1\157\2\75\1\156\1\165\1\151\3\uffff\1\157\1\145\1\141\1\76\3\uffff\1\145\1\56\1\166\1\uffff\1\170\1\172\2\uffff\1\uffff\1\57\2\uffff\1\172\1\156\1\141\1\170\1\144\1\uffff\1\147\1\166\1\155\1\162\1\141\1\uffff\1\154\1\uffff\1\164\1\157\1\154\1\172\1\164\1\145\1\143\1\144\1\146\1\145\1\162\1\156\2\163\2\156\1\145\1\163\1\141\1\164\1\160\1\145\1\156\2\151\1\157\1\162\4\uffff\1\157\1\144\1\157\1\151\1\164\1\163\1\154\1\142\1\162\1\160\1\155\3\uffff\1\162\2\164\1\160\5\uffff\1\154\1\162\2\uffff\2\145\10\uffff\1\172\1\156\2\172\1\142\1\156\1\165\1\145\1\160\1\151\2\154\1\144\2\172\1\154\1\157\1\145\1\uffff\1\164\1\145\1\55\1\165\1\145\1\163\1\162\1\157\1\145\1\151\1\62\1\145\1\154\1\156\1\141\1\143\1\144\1\165\1\145\1\157\1\156\1\164\1\162\1\156\1\164\1\141\1\172\1\166\1\162\1\156\1\147\1\162\1\145\1\153\1\163\2\154\2\172\1\145\1\144\1\150\1\162\1\151\1\172\1\151\1\144\2\162\1\uffff\1\172\2\uffff\1\165\1\172\1\162\1\145\1\162\1\154\1\156\2\145\1\172\2\uffff\1\172\1\167\1\172\1\154\1\141\1\uffff\1\141\1\162\1\145\1\163\1\55\1\172\1\143\1\62\1\65\2\172\1\145\2\162\1\142\1\164\1\66\1\62\1\64\1\147\1\162\1\164\1\63\1\172\1\147\1\172\1\164\1\uffff\2\145\1\171\1\156\1\155\1\162\1\141\1\167\1\172\1\151\2\uffff\1\157\1\172\2\151\1\163\1\uffff\1\144\1\151\1\171\1\147\1\uffff\1\163\2\uffff\1\151\1\164\2\151\1\147\2\172\1\156\2\uffff\1\172\1\uffff\1\145\1\162\2\172\1\164\1\150\2\uffff\1\62\1\70\1\66\2\uffff\1\143\1\172\1\145\1\141\4\172\1\162\1\164\1\151\1\66\1\62\1\uffff\1\172\1\uffff\1\66\1\172\1\163\1\155\3\172\1\147\1\157\1\uffff\1\163\1\165\1\uffff\1\156\1\145\1\164\1\172\1\143\1\172\1\171\1\172\1\164\1\172\1\164\1\156\1\172\2\uffff\1\147\1\uffff\2\172\2\uffff\1\172\1\157\1\62\1\65\2\137\1\164\1\uffff\1\164\1\156\5\uffff\1\141\1\172\1\164\2\172\1\uffff\1\62\1\64\1\uffff\1\163\1\157\3\uffff\1\145\1\162\1\150\1\164\1\172\1\163\1\145\1\uffff\1\164\1\uffff\1\172\1\uffff\1\171\1\uffff\1\171\1\147\1\uffff\1\172\3\uffff\1\157\1\70\1\66\2\123\1\151\1\145\1\144\1\164\1\uffff\1\171\2\uffff\2\172\1\151\1\165\1\172\1\144\1\151\1\172\1\uffff\1\172\1\162\1\172\1\uffff\3\172\2\uffff\1\164\1\122\1\172\2\150\1\157\2\172\1\145\1\172\2\uffff\1\156\1\163\1\uffff\1\172\1\156\2\uffff\1\163\4\uffff\1\172\1\163\1\150\1\uffff\2\141\1\156\3\uffff\1\172\1\uffff\1\147\1\172\1\uffff\1\147\1\172\1\uffff\2\141\2\62\1\172\1\uffff\1\172\1\uffff\1\172\1\uffff\1\61\1\62\2\65\3\uffff\2\65\2\66\1\172\1\66\2\137\1\uffff\1\172\2\122\1\uffff\2\163\2\141\1\117\1\120\1\141\1\163\1\145\1\163\1\160\2\172\2\uffff";
    static final String DFA11_acceptS =
        "\26\uffff\1\60\1\61\1\62\4\uffff\1\107\1\111\1\112\3\uffff\1\130\2\uffff\1\146\1\147\2\uffff\1\153\1\154\5\uffff\1\146\5\uffff\1\2\1\uffff\1\4\33\uffff\1\46\1\45\1\50\1\47\13\uffff\1\60\1\61\1\62\4\uffff\1\106\1\144\1\107\1\111\1\112\2\uffff\1\120\1\127\2\uffff\1\130\1\145\1\147\1\150\1\151\1\152\1\153\1\1\22\uffff\1\136\61\uffff\1\3\1\uffff\1\44\1\105\12\uffff\1\5\1\113\5\uffff\1\7\33\uffff\1\132\12\uffff\1\141\1\57\5\uffff\1\73\4\uffff\1\43\1\uffff\1\21\1\20\10\uffff\1\41\1\31\1\uffff\1\64\6\uffff\1\10\1\11\3\uffff\1\17\1\22\15\uffff\1\100\1\uffff\1\116\11\uffff\1\67\2\uffff\1\66\15\uffff\1\125\1\114\1\uffff\1\51\2\uffff\1\63\1\65\7\uffff\1\133\2\uffff\1\27\1\24\1\32\1\34\1\37\5\uffff\1\124\2\uffff\1\52\2\uffff\1\122\1\131\1\126\7\uffff\1\117\1\uffff\1\123\1\uffff\1\56\1\uffff\1\102\2\uffff\1\110\1\uffff\1\6\1\42\1\115\11\uffff\1\54\1\uffff\1\33\1\35\10\uffff\1\143\3\uffff\1\137\3\uffff\1\30\1\25\12\uffff\1\36\1\40\2\uffff\1\53\2\uffff\1\70\1\71\1\uffff\1\142\1\75\1\134\1\103\3\uffff\1\13\3\uffff\1\26\1\23\1\121\1\uffff\1\76\2\uffff\1\101\2\uffff\1\135\5\uffff\1\140\1\uffff\1\77\1\uffff\1\72\4\uffff\1\55\1\74\1\104\10\uffff\1\12\3\uffff\1\14\15\uffff\1\16\1\15";
    static final String DFA11_specialS =
        "\1\1\47\uffff\1\0\u01d8\uffff}>";
    static final String[] DFA11_transitionS = {
            "\11\53\2\52\2\53\1\52\22\53\1\52\1\53\1\50\5\53\1\36\1\37\1\43\1\53\1\30\1\34\1\41\1\51\2\44\1\47\2\44\5\47\1\35\1\53\1\22\1\53\1\21\2\53\1\12\1\11\13\46\1\10\14\46\3\53\1\45\1\46\1\53\1\23\1\4\1\14\1\15\1\42\1\20\1\33\1\3\1\16\2\46\1\5\1\1\1\13\1\6\1\24\1\46\1\32\1\2\1\25\1\17\1\40\1\31\2\46\1\7\1\26\1\53\1\27\uff82\53",
            "\1\57\3\uffff\1\56\3\uffff\1\55\5\uffff\1\60\3\uffff\1\54",
            "\12\61\7\uffff\32\61\4\uffff\1\61\1\uffff\1\64\1\61\1\66\1\61\1\63\3\61\1\62\12\61\1\65\6\61",
            "\12\61\7\uffff\32\61\4\uffff\1\61\1\uffff\16\61\1\70\13\61",
            "\1\74\3\uffff\1\72\5\uffff\1\73\11\uffff\1\75",
            "\1\76",
            "\1\102\7\uffff\1\77\1\uffff\1\100\1\uffff\1\101\3\uffff\1\103",
            "\1\104",
            "\1\105",
            "\1\106",
            "\1\107",
            "\1\110",
            "\1\112\2\uffff\1\111",
            "\1\114\3\uffff\1\113",
            "\1\117\10\uffff\1\116\1\115",
            "\1\120\4\uffff\1\122\4\uffff\1\121",
            "\1\123\2\uffff\1\124",
            "\1\125",
            "\1\127",
            "\1\131\1\uffff\1\132\1\uffff\1\135\5\uffff\1\134\1\uffff\1\133",
            "\1\136\3\uffff\1\141\11\uffff\1\137\5\uffff\1\140",
            "\1\142\5\uffff\1\143",
            "",
            "",
            "",
            "\1\150\5\uffff\1\147",
            "\1\151",
            "\1\152",
            "\1\153",
            "",
            "",
            "",
            "\1\160\3\uffff\1\161",
            "\1\162",
            "\1\165\7\uffff\1\164",
            "",
            "\1\167\37\uffff\1\167",
            "\32\61\4\uffff\1\61\1\uffff\32\61",
            "",
            "",
            "\12\171\1\uffff\2\171\1\uffff\ufff2\171",
            "\1\172\4\uffff\1\173",
            "",
            "",
            "\12\61\7\uffff\32\61\4\uffff\1\61\1\uffff\32\61",
            "\1\176",
            "\1\177",
            "\1\u0081\7\uffff\1\u0080",
            "\1\u0082",
            "",
            "\1\u0083",
            "\1\u0084\22\uffff\1\u0085",
            "\1\u0086",
            "\1\u0088\20\uffff\1\u0087",
            "\1\u0089",
            "",
            "\1\u008a",
            "",
            "\1\u008b\14\uffff\1\u008c",
            "\1\u008d",
            "\1\u008e",
            "\12\61\7\uffff\32\61\4\uffff\1\61\1\uffff\23\61\1\u008f\6\61",
            "\1\u0092\5\uffff\1\u0091",
            "\1\u0093",
            "\1\u0094",
            "\1\u0095",
            "\1\u0096",
            "\1\u0097",
            "\1\u0098",
            "\1\u0099",
            "\1\u009a",
            "\1\u009b",
            "\1\u009c",
            "\1\u009d\4\uffff\1\u009e",
            "\1\u009f",
            "\1\u00a0",
            "\1\u00a1",
            "\1\u00a2\3\uffff\1\u00a3",
            "\1\u00a4",
            "\1\u00a5",
            "\1\u00a6",
            "\1\u00a7\3\uffff\1\u00a8",
            "\1\u00a9",
            "\1\u00aa",
            "\1\u00ab",
            "",
            "",
            "",
            "",
            "\1\u00ac",
            "\1\u00ad",
            "\1\u00ae",
            "\1\u00b0\7\uffff\1\u00af",
            "\1\u00b1",
            "\1\u00b2\17\uffff\1\u00b3",
            "\1\u00b4",
            "\1\u00b5",
            "\1\u00b6",
            "\1\u00b7",
            "\1\u00b8",
            "",
            "",
            "",
            "\1\u00b9",
            "\1\u00ba",
            "\1\u00bc\14\uffff\1\u00bb",
            "\1\u00bd",
            "",
            "",
            "",
            "",
            "",
            "\1\u00be",
            "\1\u00bf",
            "",
            "",
            "\1\u00c0",
            "\1\u00c1",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "\12\61\7\uffff\32\61\4\uffff\1\61\1\uffff\32\61",
            "\1\u00c3",
            "\12\61\7\uffff\32\61\4\uffff\1\61\1\uffff\32\61",
            "\12\61\7\uffff\32\61\4\uffff\1\61\1\uffff\32\61",
            "\1\u00c6",
            "\1\u00c7",
            "\1\u00c9\2\uffff\1\u00c8",
            "\1\u00ca",
            "\1\u00cb",
            "\1\u00cc",
            "\1\u00cd",
            "\1\u00ce",
            "\1\u00cf",
            "\12\61\7\uffff\32\61\4\uffff\1\61\1\uffff\32\61",
            "\12\61\7\uffff\32\61\4\uffff\1\61\1\uffff\32\61",
            "\1\u00d2",
            "\1\u00d3",
            "\1\u00d4",
            "",
            "\1\u00d5",
            "\1\u00d6",
            "\1\u00d7",
            "\1\u00d8",
            "\1\u00d9",
            "\1\u00da",
            "\1\u00db",
            "\1\u00dc",
            "\1\u00dd",
            "\1\u00de",
            "\1\u00df\1\u00e0",
            "\1\u00e1",
            "\1\u00e2",
            "\1\u00e3",
            "\1\u00e4",
            "\1\u00e5",
            "\1\u00e6",
            "\1\u00e7",
            "\1\u00e8\1\uffff\1\u00e9\2\uffff\1\u00ea\56\uffff\1\u00eb",
            "\1\u00ec",
            "\1\u00ed",
            "\1\u00ee",
            "\1\u00ef",
            "\1\u00f0",
            "\1\u00f1",
            "\1\u00f2",
            "\12\61\7\uffff\32\61\4\uffff\1\61\1\uffff\32\61",
            "\1\u00f4",
            "\1\u00f5",
            "\1\u00f6",
            "\1\u00f7",
            "\1\u00f8",
            "\1\u00f9",
            "\1\u00fa",
            "\1\u00fb",
            "\1\u00fc",
            "\1\u00fd",
            "\12\61\7\uffff\32\61\4\uffff\1\61\1\uffff\32\61",
            "\12\61\7\uffff\32\61\4\uffff\1\61\1\uffff\32\61",
            "\1\u0100",
            "\1\u0101",
            "\1\u0102",
            "\1\u0103",
            "\1\u0104",
            "\12\61\7\uffff\32\61\4\uffff\1\61\1\uffff\32\61",
            "\1\u0106",
            "\1\u0107",
            "\1\u0108",
            "\1\u0109",
            "",
            "\12\61\7\uffff\32\61\4\uffff\1\61\1\uffff\32\61",
            "",
            "",
            "\1\u010b",
            "\1\u010c\2\uffff\12\61\7\uffff\32\61\4\uffff\1\61\1\uffff\32\61",
            "\1\u010e",
            "\1\u010f",
            "\1\u0110",
            "\1\u0111",
            "\1\u0112",
            "\1\u0113",
            "\1\u0114",
            "\12\61\7\uffff\32\61\4\uffff\1\61\1\uffff\10\61\1\u0115\21\61",
            "",
            "",
            "\12\61\7\uffff\32\61\4\uffff\1\61\1\uffff\32\61",
            "\1\u0118",
            "\12\61\7\uffff\32\61\4\uffff\1\61\1\uffff\32\61",
            "\1\u011a",
            "\1\u011b",
            "",
            "\1\u011c",
            "\1\u011d",
            "\1\u011e",
            "\1\u011f",
            "\1\u0120",
            "\12\61\7\uffff\32\61\4\uffff\1\61\1\uffff\32\61",
            "\1\u0122",
            "\1\u0123",
            "\1\u0124",
            "\12\61\7\uffff\32\61\4\uffff\1\61\1\uffff\32\61",
            "\12\61\7\uffff\32\61\4\uffff\1\61\1\uffff\32\61",
            "\1\u0127",
            "\1\u0128",
            "\1\u0129",
            "\1\u012a",
            "\1\u012b",
            "\1\u012c",
            "\1\u012d",
            "\1\u012e",
            "\1\u012f",
            "\1\u0130",
            "\1\u0131",
            "\1\u0132\1\uffff\1\u0133",
            "\12\61\7\uffff\32\61\4\uffff\1\61\1\uffff\32\61",
            "\1\u0135",
            "\12\61\7\uffff\32\61\4\uffff\1\61\1\uffff\32\61",
            "\1\u0137",
            "",
            "\1\u0138",
            "\1\u0139",
            "\1\u013a",
            "\1\u013b",
            "\1\u013c",
            "\1\u013d",
            "\1\u013e",
            "\1\u013f",
            "\12\61\7\uffff\32\61\4\uffff\1\61\1\uffff\32\61",
            "\1\u0141",
            "",
            "",
            "\1\u0142",
            "\12\61\7\uffff\32\61\4\uffff\1\61\1\uffff\32\61",
            "\1\u0144",
            "\1\u0145",
            "\1\u0146",
            "",
            "\1\u0147",
            "\1\u0148",
            "\1\u0149",
            "\1\u014a",
            "",
            "\1\u014b",
            "",
            "",
            "\1\u014c",
            "\1\u014d",
            "\1\u014e",
            "\1\u014f",
            "\1\u0150",
            "\12\61\7\uffff\32\61\4\uffff\1\61\1\uffff\32\61",
            "\12\61\7\uffff\32\61\4\uffff\1\61\1\uffff\32\61",
            "\1\u0153",
            "",
            "",
            "\12\61\7\uffff\32\61\4\uffff\1\61\1\uffff\32\61",
            "",
            "\1\u0155",
            "\1\u0156",
            "\12\61\7\uffff\32\61\4\uffff\1\61\1\uffff\32\61",
            "\12\61\7\uffff\32\61\4\uffff\1\61\1\uffff\32\61",
            "\1\u0159",
            "\1\u015a",
            "",
            "",
            "\1\u015b\1\u015c",
            "\1\u015d",
            "\1\u015e",
            "",
            "",
            "\1\u015f",
            "\12\61\7\uffff\32\61\4\uffff\1\61\1\uffff\32\61",
            "\1\u0161",
            "\1\u0162",
            "\1\u0163\2\uffff\12\61\7\uffff\32\61\4\uffff\1\61\1\uffff\32\61",
            "\12\61\7\uffff\32\61\4\uffff\1\61\1\uffff\32\61",
            "\12\61\7\uffff\32\61\4\uffff\1\61\1\uffff\32\61",
            "\12\61\7\uffff\32\61\4\uffff\1\61\1\uffff\32\61",
            "\1\u0168",
            "\1\u0169",
            "\1\u016a",
            "\1\u016b",
            "\1\u016c",
            "",
            "\12\61\7\uffff\32\61\4\uffff\1\61\1\uffff\32\61",
            "",
            "\1\u016e\2\uffff\1\u016f",
            "\12\61\7\uffff\32\61\4\uffff\1\61\1\uffff\32\61",
            "\1\u0171",
            "\1\u0172",
            "\12\61\7\uffff\32\61\4\uffff\1\61\1\uffff\32\61",
            "\12\61\7\uffff\32\61\4\uffff\1\61\1\uffff\32\61",
            "\12\61\7\uffff\32\61\4\uffff\1\61\1\uffff\32\61",
            "\1\u0176",
            "\1\u0177",
            "",
            "\1\u0178",
            "\1\u0179",
            "",
            "\1\u017a",
            "\1\u017b",
            "\1\u017c",
            "\12\61\7\uffff\32\61\4\uffff\1\61\1\uffff\32\61",
            "\1\u017e",
            "\12\61\7\uffff\32\61\4\uffff\1\61\1\uffff\32\61",
            "\1\u0180",
            "\12\61\7\uffff\32\61\4\uffff\1\61\1\uffff\32\61",
            "\1\u0182",
            "\12\61\7\uffff\32\61\4\uffff\1\61\1\uffff\32\61",
            "\1\u0184",
            "\1\u0185",
            "\12\61\7\uffff\32\61\4\uffff\1\61\1\uffff\32\61",
            "",
            "",
            "\1\u0187",
            "",
            "\12\61\7\uffff\32\61\4\uffff\1\61\1\uffff\32\61",
            "\12\61\7\uffff\32\61\4\uffff\1\61\1\uffff\32\61",
            "",
            "",
            "\12\61\7\uffff\32\61\4\uffff\1\61\1\uffff\32\61",
            "\1\u018b",
            "\1\u018c",
            "\1\u018d",
            "\1\u018e",
            "\1\u018f",
            "\1\u0190",
            "",
            "\1\u0191",
            "\1\u0192",
            "",
            "",
            "",
            "",
            "",
            "\1\u0193",
            "\12\61\7\uffff\32\61\4\uffff\1\61\1\uffff\32\61",
            "\1\u0195",
            "\12\61\7\uffff\32\61\4\uffff\1\61\1\uffff\32\61",
            "\12\61\7\uffff\32\61\4\uffff\1\61\1\uffff\32\61",
            "",
            "\1\u0198",
            "\1\u0199",
            "",
            "\1\u019a",
            "\1\u019b",
            "",
            "",
            "",
            "\1\u019c",
            "\1\u019d",
            "\1\u019e",
            "\1\u019f",
            "\12\61\7\uffff\32\61\4\uffff\1\61\1\uffff\32\61",
            "\1\u01a1",
            "\1\u01a2",
            "",
            "\1\u01a3",
            "",
            "\12\61\7\uffff\32\61\4\uffff\1\61\1\uffff\32\61",
            "",
            "\1\u01a5",
            "",
            "\1\u01a6",
            "\1\u01a7",
            "",
            "\1\u01a8\2\uffff\12\61\7\uffff\32\61\4\uffff\1\61\1\uffff\32\61",
            "",
            "",
            "",
            "\1\u01aa",
            "\1\u01ab",
            "\1\u01ac",
            "\1\u01ad",
            "\1\u01ae",
            "\1\u01af",
            "\1\u01b0",
            "\1\u01b1",
            "\1\u01b2",
            "",
            "\1\u01b3",
            "",
            "",
            "\12\61\7\uffff\32\61\4\uffff\1\61\1\uffff\32\61",
            "\12\61\7\uffff\32\61\4\uffff\1\61\1\uffff\32\61",
            "\1\u01b6",
            "\1\u01b7",
            "\12\61\7\uffff\32\61\4\uffff\1\61\1\uffff\32\61",
            "\1\u01b9",
            "\1\u01ba",
            "\12\61\7\uffff\32\61\4\uffff\1\61\1\uffff\32\61",
            "",
            "\12\61\7\uffff\32\61\4\uffff\1\61\1\uffff\32\61",
            "\1\u01bd",
            "\12\61\7\uffff\32\61\4\uffff\1\61\1\uffff\32\61",
            "",
            "\12\61\7\uffff\32\61\4\uffff\1\61\1\uffff\32\61",
            "\12\61\7\uffff\32\61\4\uffff\1\61\1\uffff\32\61",
            "\12\61\7\uffff\32\61\4\uffff\1\61\1\uffff\32\61",
            "",
            "",
            "\1\u01c2",
            "\1\u01c3",
            "\12\61\7\uffff\22\61\1\u01c4\7\61\4\uffff\1\61\1\uffff\32\61",
            "\1\u01c6",
            "\1\u01c7",
            "\1\u01c8",
            "\1\u01c9\2\uffff\12\61\7\uffff\32\61\4\uffff\1\61\1\uffff\32\61",
            "\12\61\7\uffff\32\61\4\uffff\1\61\1\uffff\32\61",
            "\1\u01cc",
            "\12\61\7\uffff\32\61\4\uffff\1\61\1\uffff\32\61",
            "",
            "",
            "\1\u01ce",
            "\1\u01cf",
            "",
            "\12\61\7\uffff\32\61\4\uffff\1\61\1\uffff\32\61",
            "\1\u01d1",
            "",
            "",
            "\1\u01d2",
            "",
            "",
            "",
            "",
            "\12\61\7\uffff\32\61\4\uffff\1\61\1\uffff\32\61",
            "\1\u01d4",
            "\1\u01d5",
            "",
            "\1\u01d6",
            "\1\u01d7",
            "\1\u01d8",
            "",
            "",
            "",
            "\12\61\7\uffff\32\61\4\uffff\1\61\1\uffff\32\61",
            "",
            "\1\u01da",
            "\12\61\7\uffff\32\61\4\uffff\1\61\1\uffff\32\61",
            "",
            "\1\u01dc",
            "\12\61\7\uffff\32\61\4\uffff\1\61\1\uffff\32\61",
            "",
            "\1\u01de",
            "\1\u01df",
            "\1\u01e0",
            "\1\u01e1",
            "\12\61\7\uffff\32\61\4\uffff\1\61\1\uffff\32\61",
            "",
            "\12\61\7\uffff\32\61\4\uffff\1\61\1\uffff\32\61",
            "",
            "\12\61\7\uffff\32\61\4\uffff\1\61\1\uffff\32\61",
            "",
            "\1\u01e5",
            "\1\u01e6",
            "\1\u01e7",
            "\1\u01e8",
            "",
            "",
            "",
            "\1\u01e9",
            "\1\u01ea",
            "\1\u01eb",
            "\1\u01ec",
            "\12\61\7\uffff\32\61\4\uffff\1\61\1\uffff\32\61",
            "\1\u01ee",
            "\1\u01ef",
            "\1\u01f0",
            "",
            "\12\61\7\uffff\32\61\4\uffff\1\61\1\uffff\32\61",
            "\1\u01f2",
            "\1\u01f3",
            "",
            "\1\u01f4",
            "\1\u01f5",
            "\1\u01f6",
            "\1\u01f7",
            "\1\u01f8",
            "\1\u01f9",
            "\1\u01fa",
            "\1\u01fb",
            "\1\u01fc",
            "\1\u01fd",
            "\1\u01fe",
            "\12\61\7\uffff\32\61\4\uffff\1\61\1\uffff\32\61",
            "\12\61\7\uffff\32\61\4\uffff\1\61\1\uffff\32\61",
            "",
            ""
    };

    static final short[] DFA11_eot = DFA.unpackEncodedString(DFA11_eotS);
    static final short[] DFA11_eof = DFA.unpackEncodedString(DFA11_eofS);
    static final char[] DFA11_min = DFA.unpackEncodedStringToUnsignedChars(DFA11_minS);
    static final char[] DFA11_max = DFA.unpackEncodedStringToUnsignedChars(DFA11_maxS);
    static final short[] DFA11_accept = DFA.unpackEncodedString(DFA11_acceptS);
    static final short[] DFA11_special = DFA.unpackEncodedString(DFA11_specialS);
    static final short[][] DFA11_transition;

    static {
        int numStates = DFA11_transitionS.length;
        DFA11_transition = new short[numStates][];
        for (int i=0; i<numStates; i++) {
            DFA11_transition[i] = DFA.unpackEncodedString(DFA11_transitionS[i]);
        }
    }

    class DFA11 extends DFA {

        public DFA11(BaseRecognizer recognizer) {
            this.recognizer = recognizer;
            this.decisionNumber = 11;
            this.eot = DFA11_eot;
            this.eof = DFA11_eof;
            this.min = DFA11_min;
            this.max = DFA11_max;
            this.accept = DFA11_accept;
            this.special = DFA11_special;
            this.transition = DFA11_transition;
        }
        public String getDescription() {
            return "1:1: Tokens : ( T__12 | T__13 | T__14 | T__15 | T__16 | T__17 | T__18 | T__19 | T__20 | T__21 | T__22 | T__23 | T__24 | T__25 | T__26 | T__27 | T__28 | T__29 | T__30 | T__31 | T__32 | T__33 | T__34 | T__35 | T__36 | T__37 | T__38 | T__39 | T__40 | T__41 | T__42 | T__43 | T__44 | T__45 | T__46 | T__47 | T__48 | T__49 | T__50 | T__51 | T__52 | T__53 | T__54 | T__55 | T__56 | T__57 | T__58 | T__59 | T__60 | T__61 | T__62 | T__63 | T__64 | T__65 | T__66 | T__67 | T__68 | T__69 | T__70 | T__71 | T__72 | T__73 | T__74 | T__75 | T__76 | T__77 | T__78 | T__79 | T__80 | T__81 | T__82 | T__83 | T__84 | T__85 | T__86 | T__87 | T__88 | T__89 | T__90 | T__91 | T__92 | T__93 | T__94 | T__95 | T__96 | T__97 | T__98 | T__99 | T__100 | T__101 | T__102 | T__103 | T__104 | T__105 | T__106 | T__107 | T__108 | T__109 | T__110 | T__111 | RULE_MODICON_X | RULE_ID | RULE_INT | RULE_STRING | RULE_ML_COMMENT | RULE_SL_COMMENT | RULE_WS | RULE_ANY_OTHER );";
        }
        public int specialStateTransition(int s, IntStream _input) throws NoViableAltException {
            IntStream input = _input;
        	int _s = s;
            switch ( s ) {
                    case 0 : 
                        int LA11_40 = input.LA(1);

                        s = -1;
                        if ( ((LA11_40>='\u0000' && LA11_40<='\t')||(LA11_40>='\u000B' && LA11_40<='\f')||(LA11_40>='\u000E' && LA11_40<='\uFFFF')) ) {s = 121;}

                        else s = 43;

                        if ( s>=0 ) return s;
                        break;
                    case 1 : 
                        int LA11_0 = input.LA(1);

                        s = -1;
                        if ( (LA11_0=='m') ) {s = 1;}

                        else if ( (LA11_0=='s') ) {s = 2;}

                        else if ( (LA11_0=='h') ) {s = 3;}

                        else if ( (LA11_0=='b') ) {s = 4;}

                        else if ( (LA11_0=='l') ) {s = 5;}

                        else if ( (LA11_0=='o') ) {s = 6;}

                        else if ( (LA11_0=='z') ) {s = 7;}

                        else if ( (LA11_0=='N') ) {s = 8;}

                        else if ( (LA11_0=='B') ) {s = 9;}

                        else if ( (LA11_0=='A') ) {s = 10;}

                        else if ( (LA11_0=='n') ) {s = 11;}

                        else if ( (LA11_0=='c') ) {s = 12;}

                        else if ( (LA11_0=='d') ) {s = 13;}

                        else if ( (LA11_0=='i') ) {s = 14;}

                        else if ( (LA11_0=='u') ) {s = 15;}

                        else if ( (LA11_0=='f') ) {s = 16;}

                        else if ( (LA11_0=='>') ) {s = 17;}

                        else if ( (LA11_0=='<') ) {s = 18;}

                        else if ( (LA11_0=='a') ) {s = 19;}

                        else if ( (LA11_0=='p') ) {s = 20;}

                        else if ( (LA11_0=='t') ) {s = 21;}

                        else if ( (LA11_0=='{') ) {s = 22;}

                        else if ( (LA11_0=='}') ) {s = 23;}

                        else if ( (LA11_0==',') ) {s = 24;}

                        else if ( (LA11_0=='w') ) {s = 25;}

                        else if ( (LA11_0=='r') ) {s = 26;}

                        else if ( (LA11_0=='g') ) {s = 27;}

                        else if ( (LA11_0=='-') ) {s = 28;}

                        else if ( (LA11_0==':') ) {s = 29;}

                        else if ( (LA11_0=='(') ) {s = 30;}

                        else if ( (LA11_0==')') ) {s = 31;}

                        else if ( (LA11_0=='v') ) {s = 32;}

                        else if ( (LA11_0=='.') ) {s = 33;}

                        else if ( (LA11_0=='e') ) {s = 34;}

                        else if ( (LA11_0=='*') ) {s = 35;}

                        else if ( ((LA11_0>='0' && LA11_0<='1')||(LA11_0>='3' && LA11_0<='4')) ) {s = 36;}

                        else if ( (LA11_0=='^') ) {s = 37;}

                        else if ( ((LA11_0>='C' && LA11_0<='M')||(LA11_0>='O' && LA11_0<='Z')||LA11_0=='_'||(LA11_0>='j' && LA11_0<='k')||LA11_0=='q'||(LA11_0>='x' && LA11_0<='y')) ) {s = 38;}

                        else if ( (LA11_0=='2'||(LA11_0>='5' && LA11_0<='9')) ) {s = 39;}

                        else if ( (LA11_0=='\"') ) {s = 40;}

                        else if ( (LA11_0=='/') ) {s = 41;}

                        else if ( ((LA11_0>='\t' && LA11_0<='\n')||LA11_0=='\r'||LA11_0==' ') ) {s = 42;}

                        else if ( ((LA11_0>='\u0000' && LA11_0<='\b')||(LA11_0>='\u000B' && LA11_0<='\f')||(LA11_0>='\u000E' && LA11_0<='\u001F')||LA11_0=='!'||(LA11_0>='#' && LA11_0<='\'')||LA11_0=='+'||LA11_0==';'||LA11_0=='='||(LA11_0>='?' && LA11_0<='@')||(LA11_0>='[' && LA11_0<=']')||LA11_0=='`'||LA11_0=='|'||(LA11_0>='~' && LA11_0<='\uFFFF')) ) {s = 43;}

                        if ( s>=0 ) return s;
                        break;
            }
            NoViableAltException nvae =
                new NoViableAltException(getDescription(), 11, _s, input);
            error(nvae);
            throw nvae;
        }
    }
 

}