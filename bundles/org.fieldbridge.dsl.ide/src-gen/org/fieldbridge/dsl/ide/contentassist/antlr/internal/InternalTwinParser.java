package org.fieldbridge.dsl.ide.contentassist.antlr.internal;

import java.io.InputStream;
import org.eclipse.xtext.*;
import org.eclipse.xtext.parser.*;
import org.eclipse.xtext.parser.impl.*;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.parser.antlr.XtextTokenStream;
import org.eclipse.xtext.parser.antlr.XtextTokenStream.HiddenTokens;
import org.eclipse.xtext.ide.editor.contentassist.antlr.internal.AbstractInternalContentAssistParser;
import org.eclipse.xtext.ide.editor.contentassist.antlr.internal.DFA;
import org.fieldbridge.dsl.services.TwinGrammarAccess;



import org.antlr.runtime.*;
import java.util.Stack;
import java.util.List;
import java.util.ArrayList;

@SuppressWarnings("all")
public class InternalTwinParser extends AbstractInternalContentAssistParser {
    public static final String[] tokenNames = new String[] {
        "<invalid>", "<EOR>", "<DOWN>", "<UP>", "RULE_INT", "RULE_ID", "RULE_STRING", "RULE_MODICON_X", "RULE_ML_COMMENT", "RULE_SL_COMMENT", "RULE_WS", "RULE_ANY_OTHER", "'ms'", "'s'", "'min'", "'h'", "'big'", "'little'", "'one-based'", "'zero-based'", "'None'", "'Basic128Rsa15'", "'Basic256'", "'Basic256Sha256'", "'Aes128_Sha256_RsaOaep'", "'Aes256_Sha256_RsaPss'", "'none'", "'sign'", "'sign-and-encrypt'", "'coil'", "'discrete'", "'input'", "'holding'", "'discrete-input'", "'input-register'", "'holding-register'", "'bool'", "'int16'", "'uint16'", "'int32'", "'uint32'", "'float32'", "'int64'", "'float64'", "'hold'", "'linear'", "'mean'", "'max'", "'>'", "'>='", "'<'", "'<='", "'below'", "'above'", "'package'", "'import'", "'connection'", "'modbus'", "'tcp'", "'{'", "'}'", "','", "'opcua'", "'byte'", "'order'", "'word'", "'poll'", "'timeout'", "'retries'", "'registers'", "'gap'", "'addressing'", "'security'", "'identity'", "'anonymous'", "'user'", "'password'", "'secret'", "'sampling'", "'publishing'", "'map'", "'->'", "':'", "'string'", "'('", "')'", "'bit'", "'scale'", "'offset'", "'unit'", "'valid'", "'..'", "'deadband'", "'align'", "'every'", "'using'", "'stale'", "'after'", "'.'", "'*'", "'alarm'", "'for'", "'clear'", "'severity'", "'overshoot'", "'by'", "'energy'", "'integrate'", "'per'", "'verdict'", "'within'", "'-'"
    };
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


        public InternalTwinParser(TokenStream input) {
            this(input, new RecognizerSharedState());
        }
        public InternalTwinParser(TokenStream input, RecognizerSharedState state) {
            super(input, state);
             
        }
        

    public String[] getTokenNames() { return InternalTwinParser.tokenNames; }
    public String getGrammarFileName() { return "InternalTwin.g"; }


    	private TwinGrammarAccess grammarAccess;

    	public void setGrammarAccess(TwinGrammarAccess grammarAccess) {
    		this.grammarAccess = grammarAccess;
    	}

    	@Override
    	protected Grammar getGrammar() {
    		return grammarAccess.getGrammar();
    	}

    	@Override
    	protected String getValueForTokenName(String tokenName) {
    		return tokenName;
    	}



    // $ANTLR start "entryRuleTwinModel"
    // InternalTwin.g:53:1: entryRuleTwinModel : ruleTwinModel EOF ;
    public final void entryRuleTwinModel() throws RecognitionException {
        try {
            // InternalTwin.g:54:1: ( ruleTwinModel EOF )
            // InternalTwin.g:55:1: ruleTwinModel EOF
            {
             before(grammarAccess.getTwinModelRule()); 
            pushFollow(FOLLOW_1);
            ruleTwinModel();

            state._fsp--;

             after(grammarAccess.getTwinModelRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {
        }
        return ;
    }
    // $ANTLR end "entryRuleTwinModel"


    // $ANTLR start "ruleTwinModel"
    // InternalTwin.g:62:1: ruleTwinModel : ( ( rule__TwinModel__Group__0 ) ) ;
    public final void ruleTwinModel() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:66:2: ( ( ( rule__TwinModel__Group__0 ) ) )
            // InternalTwin.g:67:2: ( ( rule__TwinModel__Group__0 ) )
            {
            // InternalTwin.g:67:2: ( ( rule__TwinModel__Group__0 ) )
            // InternalTwin.g:68:3: ( rule__TwinModel__Group__0 )
            {
             before(grammarAccess.getTwinModelAccess().getGroup()); 
            // InternalTwin.g:69:3: ( rule__TwinModel__Group__0 )
            // InternalTwin.g:69:4: rule__TwinModel__Group__0
            {
            pushFollow(FOLLOW_2);
            rule__TwinModel__Group__0();

            state._fsp--;


            }

             after(grammarAccess.getTwinModelAccess().getGroup()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleTwinModel"


    // $ANTLR start "entryRulePlantImport"
    // InternalTwin.g:78:1: entryRulePlantImport : rulePlantImport EOF ;
    public final void entryRulePlantImport() throws RecognitionException {
        try {
            // InternalTwin.g:79:1: ( rulePlantImport EOF )
            // InternalTwin.g:80:1: rulePlantImport EOF
            {
             before(grammarAccess.getPlantImportRule()); 
            pushFollow(FOLLOW_1);
            rulePlantImport();

            state._fsp--;

             after(grammarAccess.getPlantImportRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {
        }
        return ;
    }
    // $ANTLR end "entryRulePlantImport"


    // $ANTLR start "rulePlantImport"
    // InternalTwin.g:87:1: rulePlantImport : ( ( rule__PlantImport__Group__0 ) ) ;
    public final void rulePlantImport() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:91:2: ( ( ( rule__PlantImport__Group__0 ) ) )
            // InternalTwin.g:92:2: ( ( rule__PlantImport__Group__0 ) )
            {
            // InternalTwin.g:92:2: ( ( rule__PlantImport__Group__0 ) )
            // InternalTwin.g:93:3: ( rule__PlantImport__Group__0 )
            {
             before(grammarAccess.getPlantImportAccess().getGroup()); 
            // InternalTwin.g:94:3: ( rule__PlantImport__Group__0 )
            // InternalTwin.g:94:4: rule__PlantImport__Group__0
            {
            pushFollow(FOLLOW_2);
            rule__PlantImport__Group__0();

            state._fsp--;


            }

             after(grammarAccess.getPlantImportAccess().getGroup()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rulePlantImport"


    // $ANTLR start "entryRuleElement"
    // InternalTwin.g:103:1: entryRuleElement : ruleElement EOF ;
    public final void entryRuleElement() throws RecognitionException {
        try {
            // InternalTwin.g:104:1: ( ruleElement EOF )
            // InternalTwin.g:105:1: ruleElement EOF
            {
             before(grammarAccess.getElementRule()); 
            pushFollow(FOLLOW_1);
            ruleElement();

            state._fsp--;

             after(grammarAccess.getElementRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {
        }
        return ;
    }
    // $ANTLR end "entryRuleElement"


    // $ANTLR start "ruleElement"
    // InternalTwin.g:112:1: ruleElement : ( ( rule__Element__Alternatives ) ) ;
    public final void ruleElement() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:116:2: ( ( ( rule__Element__Alternatives ) ) )
            // InternalTwin.g:117:2: ( ( rule__Element__Alternatives ) )
            {
            // InternalTwin.g:117:2: ( ( rule__Element__Alternatives ) )
            // InternalTwin.g:118:3: ( rule__Element__Alternatives )
            {
             before(grammarAccess.getElementAccess().getAlternatives()); 
            // InternalTwin.g:119:3: ( rule__Element__Alternatives )
            // InternalTwin.g:119:4: rule__Element__Alternatives
            {
            pushFollow(FOLLOW_2);
            rule__Element__Alternatives();

            state._fsp--;


            }

             after(grammarAccess.getElementAccess().getAlternatives()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleElement"


    // $ANTLR start "entryRuleConnection"
    // InternalTwin.g:128:1: entryRuleConnection : ruleConnection EOF ;
    public final void entryRuleConnection() throws RecognitionException {
        try {
            // InternalTwin.g:129:1: ( ruleConnection EOF )
            // InternalTwin.g:130:1: ruleConnection EOF
            {
             before(grammarAccess.getConnectionRule()); 
            pushFollow(FOLLOW_1);
            ruleConnection();

            state._fsp--;

             after(grammarAccess.getConnectionRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {
        }
        return ;
    }
    // $ANTLR end "entryRuleConnection"


    // $ANTLR start "ruleConnection"
    // InternalTwin.g:137:1: ruleConnection : ( ( rule__Connection__Alternatives ) ) ;
    public final void ruleConnection() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:141:2: ( ( ( rule__Connection__Alternatives ) ) )
            // InternalTwin.g:142:2: ( ( rule__Connection__Alternatives ) )
            {
            // InternalTwin.g:142:2: ( ( rule__Connection__Alternatives ) )
            // InternalTwin.g:143:3: ( rule__Connection__Alternatives )
            {
             before(grammarAccess.getConnectionAccess().getAlternatives()); 
            // InternalTwin.g:144:3: ( rule__Connection__Alternatives )
            // InternalTwin.g:144:4: rule__Connection__Alternatives
            {
            pushFollow(FOLLOW_2);
            rule__Connection__Alternatives();

            state._fsp--;


            }

             after(grammarAccess.getConnectionAccess().getAlternatives()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleConnection"


    // $ANTLR start "entryRuleModbusConnection"
    // InternalTwin.g:153:1: entryRuleModbusConnection : ruleModbusConnection EOF ;
    public final void entryRuleModbusConnection() throws RecognitionException {
        try {
            // InternalTwin.g:154:1: ( ruleModbusConnection EOF )
            // InternalTwin.g:155:1: ruleModbusConnection EOF
            {
             before(grammarAccess.getModbusConnectionRule()); 
            pushFollow(FOLLOW_1);
            ruleModbusConnection();

            state._fsp--;

             after(grammarAccess.getModbusConnectionRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {
        }
        return ;
    }
    // $ANTLR end "entryRuleModbusConnection"


    // $ANTLR start "ruleModbusConnection"
    // InternalTwin.g:162:1: ruleModbusConnection : ( ( rule__ModbusConnection__Group__0 ) ) ;
    public final void ruleModbusConnection() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:166:2: ( ( ( rule__ModbusConnection__Group__0 ) ) )
            // InternalTwin.g:167:2: ( ( rule__ModbusConnection__Group__0 ) )
            {
            // InternalTwin.g:167:2: ( ( rule__ModbusConnection__Group__0 ) )
            // InternalTwin.g:168:3: ( rule__ModbusConnection__Group__0 )
            {
             before(grammarAccess.getModbusConnectionAccess().getGroup()); 
            // InternalTwin.g:169:3: ( rule__ModbusConnection__Group__0 )
            // InternalTwin.g:169:4: rule__ModbusConnection__Group__0
            {
            pushFollow(FOLLOW_2);
            rule__ModbusConnection__Group__0();

            state._fsp--;


            }

             after(grammarAccess.getModbusConnectionAccess().getGroup()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleModbusConnection"


    // $ANTLR start "entryRuleModbusSetting"
    // InternalTwin.g:178:1: entryRuleModbusSetting : ruleModbusSetting EOF ;
    public final void entryRuleModbusSetting() throws RecognitionException {
        try {
            // InternalTwin.g:179:1: ( ruleModbusSetting EOF )
            // InternalTwin.g:180:1: ruleModbusSetting EOF
            {
             before(grammarAccess.getModbusSettingRule()); 
            pushFollow(FOLLOW_1);
            ruleModbusSetting();

            state._fsp--;

             after(grammarAccess.getModbusSettingRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {
        }
        return ;
    }
    // $ANTLR end "entryRuleModbusSetting"


    // $ANTLR start "ruleModbusSetting"
    // InternalTwin.g:187:1: ruleModbusSetting : ( ( rule__ModbusSetting__Alternatives ) ) ;
    public final void ruleModbusSetting() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:191:2: ( ( ( rule__ModbusSetting__Alternatives ) ) )
            // InternalTwin.g:192:2: ( ( rule__ModbusSetting__Alternatives ) )
            {
            // InternalTwin.g:192:2: ( ( rule__ModbusSetting__Alternatives ) )
            // InternalTwin.g:193:3: ( rule__ModbusSetting__Alternatives )
            {
             before(grammarAccess.getModbusSettingAccess().getAlternatives()); 
            // InternalTwin.g:194:3: ( rule__ModbusSetting__Alternatives )
            // InternalTwin.g:194:4: rule__ModbusSetting__Alternatives
            {
            pushFollow(FOLLOW_2);
            rule__ModbusSetting__Alternatives();

            state._fsp--;


            }

             after(grammarAccess.getModbusSettingAccess().getAlternatives()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleModbusSetting"


    // $ANTLR start "entryRuleOpcUaConnection"
    // InternalTwin.g:203:1: entryRuleOpcUaConnection : ruleOpcUaConnection EOF ;
    public final void entryRuleOpcUaConnection() throws RecognitionException {
        try {
            // InternalTwin.g:204:1: ( ruleOpcUaConnection EOF )
            // InternalTwin.g:205:1: ruleOpcUaConnection EOF
            {
             before(grammarAccess.getOpcUaConnectionRule()); 
            pushFollow(FOLLOW_1);
            ruleOpcUaConnection();

            state._fsp--;

             after(grammarAccess.getOpcUaConnectionRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {
        }
        return ;
    }
    // $ANTLR end "entryRuleOpcUaConnection"


    // $ANTLR start "ruleOpcUaConnection"
    // InternalTwin.g:212:1: ruleOpcUaConnection : ( ( rule__OpcUaConnection__Group__0 ) ) ;
    public final void ruleOpcUaConnection() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:216:2: ( ( ( rule__OpcUaConnection__Group__0 ) ) )
            // InternalTwin.g:217:2: ( ( rule__OpcUaConnection__Group__0 ) )
            {
            // InternalTwin.g:217:2: ( ( rule__OpcUaConnection__Group__0 ) )
            // InternalTwin.g:218:3: ( rule__OpcUaConnection__Group__0 )
            {
             before(grammarAccess.getOpcUaConnectionAccess().getGroup()); 
            // InternalTwin.g:219:3: ( rule__OpcUaConnection__Group__0 )
            // InternalTwin.g:219:4: rule__OpcUaConnection__Group__0
            {
            pushFollow(FOLLOW_2);
            rule__OpcUaConnection__Group__0();

            state._fsp--;


            }

             after(grammarAccess.getOpcUaConnectionAccess().getGroup()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleOpcUaConnection"


    // $ANTLR start "entryRuleOpcUaSetting"
    // InternalTwin.g:228:1: entryRuleOpcUaSetting : ruleOpcUaSetting EOF ;
    public final void entryRuleOpcUaSetting() throws RecognitionException {
        try {
            // InternalTwin.g:229:1: ( ruleOpcUaSetting EOF )
            // InternalTwin.g:230:1: ruleOpcUaSetting EOF
            {
             before(grammarAccess.getOpcUaSettingRule()); 
            pushFollow(FOLLOW_1);
            ruleOpcUaSetting();

            state._fsp--;

             after(grammarAccess.getOpcUaSettingRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {
        }
        return ;
    }
    // $ANTLR end "entryRuleOpcUaSetting"


    // $ANTLR start "ruleOpcUaSetting"
    // InternalTwin.g:237:1: ruleOpcUaSetting : ( ( rule__OpcUaSetting__Alternatives ) ) ;
    public final void ruleOpcUaSetting() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:241:2: ( ( ( rule__OpcUaSetting__Alternatives ) ) )
            // InternalTwin.g:242:2: ( ( rule__OpcUaSetting__Alternatives ) )
            {
            // InternalTwin.g:242:2: ( ( rule__OpcUaSetting__Alternatives ) )
            // InternalTwin.g:243:3: ( rule__OpcUaSetting__Alternatives )
            {
             before(grammarAccess.getOpcUaSettingAccess().getAlternatives()); 
            // InternalTwin.g:244:3: ( rule__OpcUaSetting__Alternatives )
            // InternalTwin.g:244:4: rule__OpcUaSetting__Alternatives
            {
            pushFollow(FOLLOW_2);
            rule__OpcUaSetting__Alternatives();

            state._fsp--;


            }

             after(grammarAccess.getOpcUaSettingAccess().getAlternatives()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleOpcUaSetting"


    // $ANTLR start "entryRuleByteOrderSetting"
    // InternalTwin.g:253:1: entryRuleByteOrderSetting : ruleByteOrderSetting EOF ;
    public final void entryRuleByteOrderSetting() throws RecognitionException {
        try {
            // InternalTwin.g:254:1: ( ruleByteOrderSetting EOF )
            // InternalTwin.g:255:1: ruleByteOrderSetting EOF
            {
             before(grammarAccess.getByteOrderSettingRule()); 
            pushFollow(FOLLOW_1);
            ruleByteOrderSetting();

            state._fsp--;

             after(grammarAccess.getByteOrderSettingRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {
        }
        return ;
    }
    // $ANTLR end "entryRuleByteOrderSetting"


    // $ANTLR start "ruleByteOrderSetting"
    // InternalTwin.g:262:1: ruleByteOrderSetting : ( ( rule__ByteOrderSetting__Group__0 ) ) ;
    public final void ruleByteOrderSetting() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:266:2: ( ( ( rule__ByteOrderSetting__Group__0 ) ) )
            // InternalTwin.g:267:2: ( ( rule__ByteOrderSetting__Group__0 ) )
            {
            // InternalTwin.g:267:2: ( ( rule__ByteOrderSetting__Group__0 ) )
            // InternalTwin.g:268:3: ( rule__ByteOrderSetting__Group__0 )
            {
             before(grammarAccess.getByteOrderSettingAccess().getGroup()); 
            // InternalTwin.g:269:3: ( rule__ByteOrderSetting__Group__0 )
            // InternalTwin.g:269:4: rule__ByteOrderSetting__Group__0
            {
            pushFollow(FOLLOW_2);
            rule__ByteOrderSetting__Group__0();

            state._fsp--;


            }

             after(grammarAccess.getByteOrderSettingAccess().getGroup()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleByteOrderSetting"


    // $ANTLR start "entryRuleWordOrderSetting"
    // InternalTwin.g:278:1: entryRuleWordOrderSetting : ruleWordOrderSetting EOF ;
    public final void entryRuleWordOrderSetting() throws RecognitionException {
        try {
            // InternalTwin.g:279:1: ( ruleWordOrderSetting EOF )
            // InternalTwin.g:280:1: ruleWordOrderSetting EOF
            {
             before(grammarAccess.getWordOrderSettingRule()); 
            pushFollow(FOLLOW_1);
            ruleWordOrderSetting();

            state._fsp--;

             after(grammarAccess.getWordOrderSettingRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {
        }
        return ;
    }
    // $ANTLR end "entryRuleWordOrderSetting"


    // $ANTLR start "ruleWordOrderSetting"
    // InternalTwin.g:287:1: ruleWordOrderSetting : ( ( rule__WordOrderSetting__Group__0 ) ) ;
    public final void ruleWordOrderSetting() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:291:2: ( ( ( rule__WordOrderSetting__Group__0 ) ) )
            // InternalTwin.g:292:2: ( ( rule__WordOrderSetting__Group__0 ) )
            {
            // InternalTwin.g:292:2: ( ( rule__WordOrderSetting__Group__0 ) )
            // InternalTwin.g:293:3: ( rule__WordOrderSetting__Group__0 )
            {
             before(grammarAccess.getWordOrderSettingAccess().getGroup()); 
            // InternalTwin.g:294:3: ( rule__WordOrderSetting__Group__0 )
            // InternalTwin.g:294:4: rule__WordOrderSetting__Group__0
            {
            pushFollow(FOLLOW_2);
            rule__WordOrderSetting__Group__0();

            state._fsp--;


            }

             after(grammarAccess.getWordOrderSettingAccess().getGroup()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleWordOrderSetting"


    // $ANTLR start "entryRulePollSetting"
    // InternalTwin.g:303:1: entryRulePollSetting : rulePollSetting EOF ;
    public final void entryRulePollSetting() throws RecognitionException {
        try {
            // InternalTwin.g:304:1: ( rulePollSetting EOF )
            // InternalTwin.g:305:1: rulePollSetting EOF
            {
             before(grammarAccess.getPollSettingRule()); 
            pushFollow(FOLLOW_1);
            rulePollSetting();

            state._fsp--;

             after(grammarAccess.getPollSettingRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {
        }
        return ;
    }
    // $ANTLR end "entryRulePollSetting"


    // $ANTLR start "rulePollSetting"
    // InternalTwin.g:312:1: rulePollSetting : ( ( rule__PollSetting__Group__0 ) ) ;
    public final void rulePollSetting() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:316:2: ( ( ( rule__PollSetting__Group__0 ) ) )
            // InternalTwin.g:317:2: ( ( rule__PollSetting__Group__0 ) )
            {
            // InternalTwin.g:317:2: ( ( rule__PollSetting__Group__0 ) )
            // InternalTwin.g:318:3: ( rule__PollSetting__Group__0 )
            {
             before(grammarAccess.getPollSettingAccess().getGroup()); 
            // InternalTwin.g:319:3: ( rule__PollSetting__Group__0 )
            // InternalTwin.g:319:4: rule__PollSetting__Group__0
            {
            pushFollow(FOLLOW_2);
            rule__PollSetting__Group__0();

            state._fsp--;


            }

             after(grammarAccess.getPollSettingAccess().getGroup()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rulePollSetting"


    // $ANTLR start "entryRuleTimeoutSetting"
    // InternalTwin.g:328:1: entryRuleTimeoutSetting : ruleTimeoutSetting EOF ;
    public final void entryRuleTimeoutSetting() throws RecognitionException {
        try {
            // InternalTwin.g:329:1: ( ruleTimeoutSetting EOF )
            // InternalTwin.g:330:1: ruleTimeoutSetting EOF
            {
             before(grammarAccess.getTimeoutSettingRule()); 
            pushFollow(FOLLOW_1);
            ruleTimeoutSetting();

            state._fsp--;

             after(grammarAccess.getTimeoutSettingRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {
        }
        return ;
    }
    // $ANTLR end "entryRuleTimeoutSetting"


    // $ANTLR start "ruleTimeoutSetting"
    // InternalTwin.g:337:1: ruleTimeoutSetting : ( ( rule__TimeoutSetting__Group__0 ) ) ;
    public final void ruleTimeoutSetting() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:341:2: ( ( ( rule__TimeoutSetting__Group__0 ) ) )
            // InternalTwin.g:342:2: ( ( rule__TimeoutSetting__Group__0 ) )
            {
            // InternalTwin.g:342:2: ( ( rule__TimeoutSetting__Group__0 ) )
            // InternalTwin.g:343:3: ( rule__TimeoutSetting__Group__0 )
            {
             before(grammarAccess.getTimeoutSettingAccess().getGroup()); 
            // InternalTwin.g:344:3: ( rule__TimeoutSetting__Group__0 )
            // InternalTwin.g:344:4: rule__TimeoutSetting__Group__0
            {
            pushFollow(FOLLOW_2);
            rule__TimeoutSetting__Group__0();

            state._fsp--;


            }

             after(grammarAccess.getTimeoutSettingAccess().getGroup()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleTimeoutSetting"


    // $ANTLR start "entryRuleRetriesSetting"
    // InternalTwin.g:353:1: entryRuleRetriesSetting : ruleRetriesSetting EOF ;
    public final void entryRuleRetriesSetting() throws RecognitionException {
        try {
            // InternalTwin.g:354:1: ( ruleRetriesSetting EOF )
            // InternalTwin.g:355:1: ruleRetriesSetting EOF
            {
             before(grammarAccess.getRetriesSettingRule()); 
            pushFollow(FOLLOW_1);
            ruleRetriesSetting();

            state._fsp--;

             after(grammarAccess.getRetriesSettingRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {
        }
        return ;
    }
    // $ANTLR end "entryRuleRetriesSetting"


    // $ANTLR start "ruleRetriesSetting"
    // InternalTwin.g:362:1: ruleRetriesSetting : ( ( rule__RetriesSetting__Group__0 ) ) ;
    public final void ruleRetriesSetting() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:366:2: ( ( ( rule__RetriesSetting__Group__0 ) ) )
            // InternalTwin.g:367:2: ( ( rule__RetriesSetting__Group__0 ) )
            {
            // InternalTwin.g:367:2: ( ( rule__RetriesSetting__Group__0 ) )
            // InternalTwin.g:368:3: ( rule__RetriesSetting__Group__0 )
            {
             before(grammarAccess.getRetriesSettingAccess().getGroup()); 
            // InternalTwin.g:369:3: ( rule__RetriesSetting__Group__0 )
            // InternalTwin.g:369:4: rule__RetriesSetting__Group__0
            {
            pushFollow(FOLLOW_2);
            rule__RetriesSetting__Group__0();

            state._fsp--;


            }

             after(grammarAccess.getRetriesSettingAccess().getGroup()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleRetriesSetting"


    // $ANTLR start "entryRuleMaxRegistersSetting"
    // InternalTwin.g:378:1: entryRuleMaxRegistersSetting : ruleMaxRegistersSetting EOF ;
    public final void entryRuleMaxRegistersSetting() throws RecognitionException {
        try {
            // InternalTwin.g:379:1: ( ruleMaxRegistersSetting EOF )
            // InternalTwin.g:380:1: ruleMaxRegistersSetting EOF
            {
             before(grammarAccess.getMaxRegistersSettingRule()); 
            pushFollow(FOLLOW_1);
            ruleMaxRegistersSetting();

            state._fsp--;

             after(grammarAccess.getMaxRegistersSettingRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {
        }
        return ;
    }
    // $ANTLR end "entryRuleMaxRegistersSetting"


    // $ANTLR start "ruleMaxRegistersSetting"
    // InternalTwin.g:387:1: ruleMaxRegistersSetting : ( ( rule__MaxRegistersSetting__Group__0 ) ) ;
    public final void ruleMaxRegistersSetting() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:391:2: ( ( ( rule__MaxRegistersSetting__Group__0 ) ) )
            // InternalTwin.g:392:2: ( ( rule__MaxRegistersSetting__Group__0 ) )
            {
            // InternalTwin.g:392:2: ( ( rule__MaxRegistersSetting__Group__0 ) )
            // InternalTwin.g:393:3: ( rule__MaxRegistersSetting__Group__0 )
            {
             before(grammarAccess.getMaxRegistersSettingAccess().getGroup()); 
            // InternalTwin.g:394:3: ( rule__MaxRegistersSetting__Group__0 )
            // InternalTwin.g:394:4: rule__MaxRegistersSetting__Group__0
            {
            pushFollow(FOLLOW_2);
            rule__MaxRegistersSetting__Group__0();

            state._fsp--;


            }

             after(grammarAccess.getMaxRegistersSettingAccess().getGroup()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleMaxRegistersSetting"


    // $ANTLR start "entryRuleMaxGapSetting"
    // InternalTwin.g:403:1: entryRuleMaxGapSetting : ruleMaxGapSetting EOF ;
    public final void entryRuleMaxGapSetting() throws RecognitionException {
        try {
            // InternalTwin.g:404:1: ( ruleMaxGapSetting EOF )
            // InternalTwin.g:405:1: ruleMaxGapSetting EOF
            {
             before(grammarAccess.getMaxGapSettingRule()); 
            pushFollow(FOLLOW_1);
            ruleMaxGapSetting();

            state._fsp--;

             after(grammarAccess.getMaxGapSettingRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {
        }
        return ;
    }
    // $ANTLR end "entryRuleMaxGapSetting"


    // $ANTLR start "ruleMaxGapSetting"
    // InternalTwin.g:412:1: ruleMaxGapSetting : ( ( rule__MaxGapSetting__Group__0 ) ) ;
    public final void ruleMaxGapSetting() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:416:2: ( ( ( rule__MaxGapSetting__Group__0 ) ) )
            // InternalTwin.g:417:2: ( ( rule__MaxGapSetting__Group__0 ) )
            {
            // InternalTwin.g:417:2: ( ( rule__MaxGapSetting__Group__0 ) )
            // InternalTwin.g:418:3: ( rule__MaxGapSetting__Group__0 )
            {
             before(grammarAccess.getMaxGapSettingAccess().getGroup()); 
            // InternalTwin.g:419:3: ( rule__MaxGapSetting__Group__0 )
            // InternalTwin.g:419:4: rule__MaxGapSetting__Group__0
            {
            pushFollow(FOLLOW_2);
            rule__MaxGapSetting__Group__0();

            state._fsp--;


            }

             after(grammarAccess.getMaxGapSettingAccess().getGroup()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleMaxGapSetting"


    // $ANTLR start "entryRuleAddressingSetting"
    // InternalTwin.g:428:1: entryRuleAddressingSetting : ruleAddressingSetting EOF ;
    public final void entryRuleAddressingSetting() throws RecognitionException {
        try {
            // InternalTwin.g:429:1: ( ruleAddressingSetting EOF )
            // InternalTwin.g:430:1: ruleAddressingSetting EOF
            {
             before(grammarAccess.getAddressingSettingRule()); 
            pushFollow(FOLLOW_1);
            ruleAddressingSetting();

            state._fsp--;

             after(grammarAccess.getAddressingSettingRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {
        }
        return ;
    }
    // $ANTLR end "entryRuleAddressingSetting"


    // $ANTLR start "ruleAddressingSetting"
    // InternalTwin.g:437:1: ruleAddressingSetting : ( ( rule__AddressingSetting__Group__0 ) ) ;
    public final void ruleAddressingSetting() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:441:2: ( ( ( rule__AddressingSetting__Group__0 ) ) )
            // InternalTwin.g:442:2: ( ( rule__AddressingSetting__Group__0 ) )
            {
            // InternalTwin.g:442:2: ( ( rule__AddressingSetting__Group__0 ) )
            // InternalTwin.g:443:3: ( rule__AddressingSetting__Group__0 )
            {
             before(grammarAccess.getAddressingSettingAccess().getGroup()); 
            // InternalTwin.g:444:3: ( rule__AddressingSetting__Group__0 )
            // InternalTwin.g:444:4: rule__AddressingSetting__Group__0
            {
            pushFollow(FOLLOW_2);
            rule__AddressingSetting__Group__0();

            state._fsp--;


            }

             after(grammarAccess.getAddressingSettingAccess().getGroup()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleAddressingSetting"


    // $ANTLR start "entryRuleSecuritySetting"
    // InternalTwin.g:453:1: entryRuleSecuritySetting : ruleSecuritySetting EOF ;
    public final void entryRuleSecuritySetting() throws RecognitionException {
        try {
            // InternalTwin.g:454:1: ( ruleSecuritySetting EOF )
            // InternalTwin.g:455:1: ruleSecuritySetting EOF
            {
             before(grammarAccess.getSecuritySettingRule()); 
            pushFollow(FOLLOW_1);
            ruleSecuritySetting();

            state._fsp--;

             after(grammarAccess.getSecuritySettingRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {
        }
        return ;
    }
    // $ANTLR end "entryRuleSecuritySetting"


    // $ANTLR start "ruleSecuritySetting"
    // InternalTwin.g:462:1: ruleSecuritySetting : ( ( rule__SecuritySetting__Group__0 ) ) ;
    public final void ruleSecuritySetting() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:466:2: ( ( ( rule__SecuritySetting__Group__0 ) ) )
            // InternalTwin.g:467:2: ( ( rule__SecuritySetting__Group__0 ) )
            {
            // InternalTwin.g:467:2: ( ( rule__SecuritySetting__Group__0 ) )
            // InternalTwin.g:468:3: ( rule__SecuritySetting__Group__0 )
            {
             before(grammarAccess.getSecuritySettingAccess().getGroup()); 
            // InternalTwin.g:469:3: ( rule__SecuritySetting__Group__0 )
            // InternalTwin.g:469:4: rule__SecuritySetting__Group__0
            {
            pushFollow(FOLLOW_2);
            rule__SecuritySetting__Group__0();

            state._fsp--;


            }

             after(grammarAccess.getSecuritySettingAccess().getGroup()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleSecuritySetting"


    // $ANTLR start "entryRuleIdentitySetting"
    // InternalTwin.g:478:1: entryRuleIdentitySetting : ruleIdentitySetting EOF ;
    public final void entryRuleIdentitySetting() throws RecognitionException {
        try {
            // InternalTwin.g:479:1: ( ruleIdentitySetting EOF )
            // InternalTwin.g:480:1: ruleIdentitySetting EOF
            {
             before(grammarAccess.getIdentitySettingRule()); 
            pushFollow(FOLLOW_1);
            ruleIdentitySetting();

            state._fsp--;

             after(grammarAccess.getIdentitySettingRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {
        }
        return ;
    }
    // $ANTLR end "entryRuleIdentitySetting"


    // $ANTLR start "ruleIdentitySetting"
    // InternalTwin.g:487:1: ruleIdentitySetting : ( ( rule__IdentitySetting__Group__0 ) ) ;
    public final void ruleIdentitySetting() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:491:2: ( ( ( rule__IdentitySetting__Group__0 ) ) )
            // InternalTwin.g:492:2: ( ( rule__IdentitySetting__Group__0 ) )
            {
            // InternalTwin.g:492:2: ( ( rule__IdentitySetting__Group__0 ) )
            // InternalTwin.g:493:3: ( rule__IdentitySetting__Group__0 )
            {
             before(grammarAccess.getIdentitySettingAccess().getGroup()); 
            // InternalTwin.g:494:3: ( rule__IdentitySetting__Group__0 )
            // InternalTwin.g:494:4: rule__IdentitySetting__Group__0
            {
            pushFollow(FOLLOW_2);
            rule__IdentitySetting__Group__0();

            state._fsp--;


            }

             after(grammarAccess.getIdentitySettingAccess().getGroup()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleIdentitySetting"


    // $ANTLR start "entryRuleIdentity"
    // InternalTwin.g:503:1: entryRuleIdentity : ruleIdentity EOF ;
    public final void entryRuleIdentity() throws RecognitionException {
        try {
            // InternalTwin.g:504:1: ( ruleIdentity EOF )
            // InternalTwin.g:505:1: ruleIdentity EOF
            {
             before(grammarAccess.getIdentityRule()); 
            pushFollow(FOLLOW_1);
            ruleIdentity();

            state._fsp--;

             after(grammarAccess.getIdentityRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {
        }
        return ;
    }
    // $ANTLR end "entryRuleIdentity"


    // $ANTLR start "ruleIdentity"
    // InternalTwin.g:512:1: ruleIdentity : ( ( rule__Identity__Alternatives ) ) ;
    public final void ruleIdentity() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:516:2: ( ( ( rule__Identity__Alternatives ) ) )
            // InternalTwin.g:517:2: ( ( rule__Identity__Alternatives ) )
            {
            // InternalTwin.g:517:2: ( ( rule__Identity__Alternatives ) )
            // InternalTwin.g:518:3: ( rule__Identity__Alternatives )
            {
             before(grammarAccess.getIdentityAccess().getAlternatives()); 
            // InternalTwin.g:519:3: ( rule__Identity__Alternatives )
            // InternalTwin.g:519:4: rule__Identity__Alternatives
            {
            pushFollow(FOLLOW_2);
            rule__Identity__Alternatives();

            state._fsp--;


            }

             after(grammarAccess.getIdentityAccess().getAlternatives()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleIdentity"


    // $ANTLR start "entryRuleSecret"
    // InternalTwin.g:528:1: entryRuleSecret : ruleSecret EOF ;
    public final void entryRuleSecret() throws RecognitionException {
        try {
            // InternalTwin.g:529:1: ( ruleSecret EOF )
            // InternalTwin.g:530:1: ruleSecret EOF
            {
             before(grammarAccess.getSecretRule()); 
            pushFollow(FOLLOW_1);
            ruleSecret();

            state._fsp--;

             after(grammarAccess.getSecretRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {
        }
        return ;
    }
    // $ANTLR end "entryRuleSecret"


    // $ANTLR start "ruleSecret"
    // InternalTwin.g:537:1: ruleSecret : ( ( rule__Secret__Alternatives ) ) ;
    public final void ruleSecret() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:541:2: ( ( ( rule__Secret__Alternatives ) ) )
            // InternalTwin.g:542:2: ( ( rule__Secret__Alternatives ) )
            {
            // InternalTwin.g:542:2: ( ( rule__Secret__Alternatives ) )
            // InternalTwin.g:543:3: ( rule__Secret__Alternatives )
            {
             before(grammarAccess.getSecretAccess().getAlternatives()); 
            // InternalTwin.g:544:3: ( rule__Secret__Alternatives )
            // InternalTwin.g:544:4: rule__Secret__Alternatives
            {
            pushFollow(FOLLOW_2);
            rule__Secret__Alternatives();

            state._fsp--;


            }

             after(grammarAccess.getSecretAccess().getAlternatives()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleSecret"


    // $ANTLR start "entryRuleSamplingSetting"
    // InternalTwin.g:553:1: entryRuleSamplingSetting : ruleSamplingSetting EOF ;
    public final void entryRuleSamplingSetting() throws RecognitionException {
        try {
            // InternalTwin.g:554:1: ( ruleSamplingSetting EOF )
            // InternalTwin.g:555:1: ruleSamplingSetting EOF
            {
             before(grammarAccess.getSamplingSettingRule()); 
            pushFollow(FOLLOW_1);
            ruleSamplingSetting();

            state._fsp--;

             after(grammarAccess.getSamplingSettingRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {
        }
        return ;
    }
    // $ANTLR end "entryRuleSamplingSetting"


    // $ANTLR start "ruleSamplingSetting"
    // InternalTwin.g:562:1: ruleSamplingSetting : ( ( rule__SamplingSetting__Group__0 ) ) ;
    public final void ruleSamplingSetting() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:566:2: ( ( ( rule__SamplingSetting__Group__0 ) ) )
            // InternalTwin.g:567:2: ( ( rule__SamplingSetting__Group__0 ) )
            {
            // InternalTwin.g:567:2: ( ( rule__SamplingSetting__Group__0 ) )
            // InternalTwin.g:568:3: ( rule__SamplingSetting__Group__0 )
            {
             before(grammarAccess.getSamplingSettingAccess().getGroup()); 
            // InternalTwin.g:569:3: ( rule__SamplingSetting__Group__0 )
            // InternalTwin.g:569:4: rule__SamplingSetting__Group__0
            {
            pushFollow(FOLLOW_2);
            rule__SamplingSetting__Group__0();

            state._fsp--;


            }

             after(grammarAccess.getSamplingSettingAccess().getGroup()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleSamplingSetting"


    // $ANTLR start "entryRulePublishingSetting"
    // InternalTwin.g:578:1: entryRulePublishingSetting : rulePublishingSetting EOF ;
    public final void entryRulePublishingSetting() throws RecognitionException {
        try {
            // InternalTwin.g:579:1: ( rulePublishingSetting EOF )
            // InternalTwin.g:580:1: rulePublishingSetting EOF
            {
             before(grammarAccess.getPublishingSettingRule()); 
            pushFollow(FOLLOW_1);
            rulePublishingSetting();

            state._fsp--;

             after(grammarAccess.getPublishingSettingRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {
        }
        return ;
    }
    // $ANTLR end "entryRulePublishingSetting"


    // $ANTLR start "rulePublishingSetting"
    // InternalTwin.g:587:1: rulePublishingSetting : ( ( rule__PublishingSetting__Group__0 ) ) ;
    public final void rulePublishingSetting() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:591:2: ( ( ( rule__PublishingSetting__Group__0 ) ) )
            // InternalTwin.g:592:2: ( ( rule__PublishingSetting__Group__0 ) )
            {
            // InternalTwin.g:592:2: ( ( rule__PublishingSetting__Group__0 ) )
            // InternalTwin.g:593:3: ( rule__PublishingSetting__Group__0 )
            {
             before(grammarAccess.getPublishingSettingAccess().getGroup()); 
            // InternalTwin.g:594:3: ( rule__PublishingSetting__Group__0 )
            // InternalTwin.g:594:4: rule__PublishingSetting__Group__0
            {
            pushFollow(FOLLOW_2);
            rule__PublishingSetting__Group__0();

            state._fsp--;


            }

             after(grammarAccess.getPublishingSettingAccess().getGroup()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rulePublishingSetting"


    // $ANTLR start "entryRuleMapping"
    // InternalTwin.g:603:1: entryRuleMapping : ruleMapping EOF ;
    public final void entryRuleMapping() throws RecognitionException {
        try {
            // InternalTwin.g:604:1: ( ruleMapping EOF )
            // InternalTwin.g:605:1: ruleMapping EOF
            {
             before(grammarAccess.getMappingRule()); 
            pushFollow(FOLLOW_1);
            ruleMapping();

            state._fsp--;

             after(grammarAccess.getMappingRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {
        }
        return ;
    }
    // $ANTLR end "entryRuleMapping"


    // $ANTLR start "ruleMapping"
    // InternalTwin.g:612:1: ruleMapping : ( ( rule__Mapping__Group__0 ) ) ;
    public final void ruleMapping() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:616:2: ( ( ( rule__Mapping__Group__0 ) ) )
            // InternalTwin.g:617:2: ( ( rule__Mapping__Group__0 ) )
            {
            // InternalTwin.g:617:2: ( ( rule__Mapping__Group__0 ) )
            // InternalTwin.g:618:3: ( rule__Mapping__Group__0 )
            {
             before(grammarAccess.getMappingAccess().getGroup()); 
            // InternalTwin.g:619:3: ( rule__Mapping__Group__0 )
            // InternalTwin.g:619:4: rule__Mapping__Group__0
            {
            pushFollow(FOLLOW_2);
            rule__Mapping__Group__0();

            state._fsp--;


            }

             after(grammarAccess.getMappingAccess().getGroup()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleMapping"


    // $ANTLR start "entryRuleSource"
    // InternalTwin.g:628:1: entryRuleSource : ruleSource EOF ;
    public final void entryRuleSource() throws RecognitionException {
        try {
            // InternalTwin.g:629:1: ( ruleSource EOF )
            // InternalTwin.g:630:1: ruleSource EOF
            {
             before(grammarAccess.getSourceRule()); 
            pushFollow(FOLLOW_1);
            ruleSource();

            state._fsp--;

             after(grammarAccess.getSourceRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {
        }
        return ;
    }
    // $ANTLR end "entryRuleSource"


    // $ANTLR start "ruleSource"
    // InternalTwin.g:637:1: ruleSource : ( ( rule__Source__Alternatives ) ) ;
    public final void ruleSource() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:641:2: ( ( ( rule__Source__Alternatives ) ) )
            // InternalTwin.g:642:2: ( ( rule__Source__Alternatives ) )
            {
            // InternalTwin.g:642:2: ( ( rule__Source__Alternatives ) )
            // InternalTwin.g:643:3: ( rule__Source__Alternatives )
            {
             before(grammarAccess.getSourceAccess().getAlternatives()); 
            // InternalTwin.g:644:3: ( rule__Source__Alternatives )
            // InternalTwin.g:644:4: rule__Source__Alternatives
            {
            pushFollow(FOLLOW_2);
            rule__Source__Alternatives();

            state._fsp--;


            }

             after(grammarAccess.getSourceAccess().getAlternatives()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleSource"


    // $ANTLR start "entryRuleNodeId"
    // InternalTwin.g:653:1: entryRuleNodeId : ruleNodeId EOF ;
    public final void entryRuleNodeId() throws RecognitionException {
        try {
            // InternalTwin.g:654:1: ( ruleNodeId EOF )
            // InternalTwin.g:655:1: ruleNodeId EOF
            {
             before(grammarAccess.getNodeIdRule()); 
            pushFollow(FOLLOW_1);
            ruleNodeId();

            state._fsp--;

             after(grammarAccess.getNodeIdRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {
        }
        return ;
    }
    // $ANTLR end "entryRuleNodeId"


    // $ANTLR start "ruleNodeId"
    // InternalTwin.g:662:1: ruleNodeId : ( ( rule__NodeId__NodeIdAssignment ) ) ;
    public final void ruleNodeId() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:666:2: ( ( ( rule__NodeId__NodeIdAssignment ) ) )
            // InternalTwin.g:667:2: ( ( rule__NodeId__NodeIdAssignment ) )
            {
            // InternalTwin.g:667:2: ( ( rule__NodeId__NodeIdAssignment ) )
            // InternalTwin.g:668:3: ( rule__NodeId__NodeIdAssignment )
            {
             before(grammarAccess.getNodeIdAccess().getNodeIdAssignment()); 
            // InternalTwin.g:669:3: ( rule__NodeId__NodeIdAssignment )
            // InternalTwin.g:669:4: rule__NodeId__NodeIdAssignment
            {
            pushFollow(FOLLOW_2);
            rule__NodeId__NodeIdAssignment();

            state._fsp--;


            }

             after(grammarAccess.getNodeIdAccess().getNodeIdAssignment()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleNodeId"


    // $ANTLR start "entryRuleModbusAddress"
    // InternalTwin.g:678:1: entryRuleModbusAddress : ruleModbusAddress EOF ;
    public final void entryRuleModbusAddress() throws RecognitionException {
        try {
            // InternalTwin.g:679:1: ( ruleModbusAddress EOF )
            // InternalTwin.g:680:1: ruleModbusAddress EOF
            {
             before(grammarAccess.getModbusAddressRule()); 
            pushFollow(FOLLOW_1);
            ruleModbusAddress();

            state._fsp--;

             after(grammarAccess.getModbusAddressRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {
        }
        return ;
    }
    // $ANTLR end "entryRuleModbusAddress"


    // $ANTLR start "ruleModbusAddress"
    // InternalTwin.g:687:1: ruleModbusAddress : ( ( rule__ModbusAddress__Alternatives ) ) ;
    public final void ruleModbusAddress() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:691:2: ( ( ( rule__ModbusAddress__Alternatives ) ) )
            // InternalTwin.g:692:2: ( ( rule__ModbusAddress__Alternatives ) )
            {
            // InternalTwin.g:692:2: ( ( rule__ModbusAddress__Alternatives ) )
            // InternalTwin.g:693:3: ( rule__ModbusAddress__Alternatives )
            {
             before(grammarAccess.getModbusAddressAccess().getAlternatives()); 
            // InternalTwin.g:694:3: ( rule__ModbusAddress__Alternatives )
            // InternalTwin.g:694:4: rule__ModbusAddress__Alternatives
            {
            pushFollow(FOLLOW_2);
            rule__ModbusAddress__Alternatives();

            state._fsp--;


            }

             after(grammarAccess.getModbusAddressAccess().getAlternatives()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleModbusAddress"


    // $ANTLR start "entryRulePlc4xAddress"
    // InternalTwin.g:703:1: entryRulePlc4xAddress : rulePlc4xAddress EOF ;
    public final void entryRulePlc4xAddress() throws RecognitionException {
         
        	HiddenTokens myHiddenTokenState = ((XtextTokenStream)input).setHiddenTokens();

        try {
            // InternalTwin.g:707:1: ( rulePlc4xAddress EOF )
            // InternalTwin.g:708:1: rulePlc4xAddress EOF
            {
             before(grammarAccess.getPlc4xAddressRule()); 
            pushFollow(FOLLOW_1);
            rulePlc4xAddress();

            state._fsp--;

             after(grammarAccess.getPlc4xAddressRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	myHiddenTokenState.restore();

        }
        return ;
    }
    // $ANTLR end "entryRulePlc4xAddress"


    // $ANTLR start "rulePlc4xAddress"
    // InternalTwin.g:718:1: rulePlc4xAddress : ( ( rule__Plc4xAddress__Group__0 ) ) ;
    public final void rulePlc4xAddress() throws RecognitionException {

        		HiddenTokens myHiddenTokenState = ((XtextTokenStream)input).setHiddenTokens();
        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:723:2: ( ( ( rule__Plc4xAddress__Group__0 ) ) )
            // InternalTwin.g:724:2: ( ( rule__Plc4xAddress__Group__0 ) )
            {
            // InternalTwin.g:724:2: ( ( rule__Plc4xAddress__Group__0 ) )
            // InternalTwin.g:725:3: ( rule__Plc4xAddress__Group__0 )
            {
             before(grammarAccess.getPlc4xAddressAccess().getGroup()); 
            // InternalTwin.g:726:3: ( rule__Plc4xAddress__Group__0 )
            // InternalTwin.g:726:4: rule__Plc4xAddress__Group__0
            {
            pushFollow(FOLLOW_2);
            rule__Plc4xAddress__Group__0();

            state._fsp--;


            }

             after(grammarAccess.getPlc4xAddressAccess().getGroup()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);
            	myHiddenTokenState.restore();

        }
        return ;
    }
    // $ANTLR end "rulePlc4xAddress"


    // $ANTLR start "entryRuleDataType"
    // InternalTwin.g:736:1: entryRuleDataType : ruleDataType EOF ;
    public final void entryRuleDataType() throws RecognitionException {
        try {
            // InternalTwin.g:737:1: ( ruleDataType EOF )
            // InternalTwin.g:738:1: ruleDataType EOF
            {
             before(grammarAccess.getDataTypeRule()); 
            pushFollow(FOLLOW_1);
            ruleDataType();

            state._fsp--;

             after(grammarAccess.getDataTypeRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {
        }
        return ;
    }
    // $ANTLR end "entryRuleDataType"


    // $ANTLR start "ruleDataType"
    // InternalTwin.g:745:1: ruleDataType : ( ( rule__DataType__Alternatives ) ) ;
    public final void ruleDataType() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:749:2: ( ( ( rule__DataType__Alternatives ) ) )
            // InternalTwin.g:750:2: ( ( rule__DataType__Alternatives ) )
            {
            // InternalTwin.g:750:2: ( ( rule__DataType__Alternatives ) )
            // InternalTwin.g:751:3: ( rule__DataType__Alternatives )
            {
             before(grammarAccess.getDataTypeAccess().getAlternatives()); 
            // InternalTwin.g:752:3: ( rule__DataType__Alternatives )
            // InternalTwin.g:752:4: rule__DataType__Alternatives
            {
            pushFollow(FOLLOW_2);
            rule__DataType__Alternatives();

            state._fsp--;


            }

             after(grammarAccess.getDataTypeAccess().getAlternatives()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleDataType"


    // $ANTLR start "entryRuleMappingOption"
    // InternalTwin.g:761:1: entryRuleMappingOption : ruleMappingOption EOF ;
    public final void entryRuleMappingOption() throws RecognitionException {
        try {
            // InternalTwin.g:762:1: ( ruleMappingOption EOF )
            // InternalTwin.g:763:1: ruleMappingOption EOF
            {
             before(grammarAccess.getMappingOptionRule()); 
            pushFollow(FOLLOW_1);
            ruleMappingOption();

            state._fsp--;

             after(grammarAccess.getMappingOptionRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {
        }
        return ;
    }
    // $ANTLR end "entryRuleMappingOption"


    // $ANTLR start "ruleMappingOption"
    // InternalTwin.g:770:1: ruleMappingOption : ( ( rule__MappingOption__Alternatives ) ) ;
    public final void ruleMappingOption() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:774:2: ( ( ( rule__MappingOption__Alternatives ) ) )
            // InternalTwin.g:775:2: ( ( rule__MappingOption__Alternatives ) )
            {
            // InternalTwin.g:775:2: ( ( rule__MappingOption__Alternatives ) )
            // InternalTwin.g:776:3: ( rule__MappingOption__Alternatives )
            {
             before(grammarAccess.getMappingOptionAccess().getAlternatives()); 
            // InternalTwin.g:777:3: ( rule__MappingOption__Alternatives )
            // InternalTwin.g:777:4: rule__MappingOption__Alternatives
            {
            pushFollow(FOLLOW_2);
            rule__MappingOption__Alternatives();

            state._fsp--;


            }

             after(grammarAccess.getMappingOptionAccess().getAlternatives()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleMappingOption"


    // $ANTLR start "entryRuleScaleOption"
    // InternalTwin.g:786:1: entryRuleScaleOption : ruleScaleOption EOF ;
    public final void entryRuleScaleOption() throws RecognitionException {
        try {
            // InternalTwin.g:787:1: ( ruleScaleOption EOF )
            // InternalTwin.g:788:1: ruleScaleOption EOF
            {
             before(grammarAccess.getScaleOptionRule()); 
            pushFollow(FOLLOW_1);
            ruleScaleOption();

            state._fsp--;

             after(grammarAccess.getScaleOptionRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {
        }
        return ;
    }
    // $ANTLR end "entryRuleScaleOption"


    // $ANTLR start "ruleScaleOption"
    // InternalTwin.g:795:1: ruleScaleOption : ( ( rule__ScaleOption__Group__0 ) ) ;
    public final void ruleScaleOption() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:799:2: ( ( ( rule__ScaleOption__Group__0 ) ) )
            // InternalTwin.g:800:2: ( ( rule__ScaleOption__Group__0 ) )
            {
            // InternalTwin.g:800:2: ( ( rule__ScaleOption__Group__0 ) )
            // InternalTwin.g:801:3: ( rule__ScaleOption__Group__0 )
            {
             before(grammarAccess.getScaleOptionAccess().getGroup()); 
            // InternalTwin.g:802:3: ( rule__ScaleOption__Group__0 )
            // InternalTwin.g:802:4: rule__ScaleOption__Group__0
            {
            pushFollow(FOLLOW_2);
            rule__ScaleOption__Group__0();

            state._fsp--;


            }

             after(grammarAccess.getScaleOptionAccess().getGroup()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleScaleOption"


    // $ANTLR start "entryRuleOffsetOption"
    // InternalTwin.g:811:1: entryRuleOffsetOption : ruleOffsetOption EOF ;
    public final void entryRuleOffsetOption() throws RecognitionException {
        try {
            // InternalTwin.g:812:1: ( ruleOffsetOption EOF )
            // InternalTwin.g:813:1: ruleOffsetOption EOF
            {
             before(grammarAccess.getOffsetOptionRule()); 
            pushFollow(FOLLOW_1);
            ruleOffsetOption();

            state._fsp--;

             after(grammarAccess.getOffsetOptionRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {
        }
        return ;
    }
    // $ANTLR end "entryRuleOffsetOption"


    // $ANTLR start "ruleOffsetOption"
    // InternalTwin.g:820:1: ruleOffsetOption : ( ( rule__OffsetOption__Group__0 ) ) ;
    public final void ruleOffsetOption() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:824:2: ( ( ( rule__OffsetOption__Group__0 ) ) )
            // InternalTwin.g:825:2: ( ( rule__OffsetOption__Group__0 ) )
            {
            // InternalTwin.g:825:2: ( ( rule__OffsetOption__Group__0 ) )
            // InternalTwin.g:826:3: ( rule__OffsetOption__Group__0 )
            {
             before(grammarAccess.getOffsetOptionAccess().getGroup()); 
            // InternalTwin.g:827:3: ( rule__OffsetOption__Group__0 )
            // InternalTwin.g:827:4: rule__OffsetOption__Group__0
            {
            pushFollow(FOLLOW_2);
            rule__OffsetOption__Group__0();

            state._fsp--;


            }

             after(grammarAccess.getOffsetOptionAccess().getGroup()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleOffsetOption"


    // $ANTLR start "entryRuleUnitOption"
    // InternalTwin.g:836:1: entryRuleUnitOption : ruleUnitOption EOF ;
    public final void entryRuleUnitOption() throws RecognitionException {
        try {
            // InternalTwin.g:837:1: ( ruleUnitOption EOF )
            // InternalTwin.g:838:1: ruleUnitOption EOF
            {
             before(grammarAccess.getUnitOptionRule()); 
            pushFollow(FOLLOW_1);
            ruleUnitOption();

            state._fsp--;

             after(grammarAccess.getUnitOptionRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {
        }
        return ;
    }
    // $ANTLR end "entryRuleUnitOption"


    // $ANTLR start "ruleUnitOption"
    // InternalTwin.g:845:1: ruleUnitOption : ( ( rule__UnitOption__Group__0 ) ) ;
    public final void ruleUnitOption() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:849:2: ( ( ( rule__UnitOption__Group__0 ) ) )
            // InternalTwin.g:850:2: ( ( rule__UnitOption__Group__0 ) )
            {
            // InternalTwin.g:850:2: ( ( rule__UnitOption__Group__0 ) )
            // InternalTwin.g:851:3: ( rule__UnitOption__Group__0 )
            {
             before(grammarAccess.getUnitOptionAccess().getGroup()); 
            // InternalTwin.g:852:3: ( rule__UnitOption__Group__0 )
            // InternalTwin.g:852:4: rule__UnitOption__Group__0
            {
            pushFollow(FOLLOW_2);
            rule__UnitOption__Group__0();

            state._fsp--;


            }

             after(grammarAccess.getUnitOptionAccess().getGroup()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleUnitOption"


    // $ANTLR start "entryRuleValidOption"
    // InternalTwin.g:861:1: entryRuleValidOption : ruleValidOption EOF ;
    public final void entryRuleValidOption() throws RecognitionException {
        try {
            // InternalTwin.g:862:1: ( ruleValidOption EOF )
            // InternalTwin.g:863:1: ruleValidOption EOF
            {
             before(grammarAccess.getValidOptionRule()); 
            pushFollow(FOLLOW_1);
            ruleValidOption();

            state._fsp--;

             after(grammarAccess.getValidOptionRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {
        }
        return ;
    }
    // $ANTLR end "entryRuleValidOption"


    // $ANTLR start "ruleValidOption"
    // InternalTwin.g:870:1: ruleValidOption : ( ( rule__ValidOption__Group__0 ) ) ;
    public final void ruleValidOption() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:874:2: ( ( ( rule__ValidOption__Group__0 ) ) )
            // InternalTwin.g:875:2: ( ( rule__ValidOption__Group__0 ) )
            {
            // InternalTwin.g:875:2: ( ( rule__ValidOption__Group__0 ) )
            // InternalTwin.g:876:3: ( rule__ValidOption__Group__0 )
            {
             before(grammarAccess.getValidOptionAccess().getGroup()); 
            // InternalTwin.g:877:3: ( rule__ValidOption__Group__0 )
            // InternalTwin.g:877:4: rule__ValidOption__Group__0
            {
            pushFollow(FOLLOW_2);
            rule__ValidOption__Group__0();

            state._fsp--;


            }

             after(grammarAccess.getValidOptionAccess().getGroup()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleValidOption"


    // $ANTLR start "entryRuleDeadbandOption"
    // InternalTwin.g:886:1: entryRuleDeadbandOption : ruleDeadbandOption EOF ;
    public final void entryRuleDeadbandOption() throws RecognitionException {
        try {
            // InternalTwin.g:887:1: ( ruleDeadbandOption EOF )
            // InternalTwin.g:888:1: ruleDeadbandOption EOF
            {
             before(grammarAccess.getDeadbandOptionRule()); 
            pushFollow(FOLLOW_1);
            ruleDeadbandOption();

            state._fsp--;

             after(grammarAccess.getDeadbandOptionRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {
        }
        return ;
    }
    // $ANTLR end "entryRuleDeadbandOption"


    // $ANTLR start "ruleDeadbandOption"
    // InternalTwin.g:895:1: ruleDeadbandOption : ( ( rule__DeadbandOption__Group__0 ) ) ;
    public final void ruleDeadbandOption() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:899:2: ( ( ( rule__DeadbandOption__Group__0 ) ) )
            // InternalTwin.g:900:2: ( ( rule__DeadbandOption__Group__0 ) )
            {
            // InternalTwin.g:900:2: ( ( rule__DeadbandOption__Group__0 ) )
            // InternalTwin.g:901:3: ( rule__DeadbandOption__Group__0 )
            {
             before(grammarAccess.getDeadbandOptionAccess().getGroup()); 
            // InternalTwin.g:902:3: ( rule__DeadbandOption__Group__0 )
            // InternalTwin.g:902:4: rule__DeadbandOption__Group__0
            {
            pushFollow(FOLLOW_2);
            rule__DeadbandOption__Group__0();

            state._fsp--;


            }

             after(grammarAccess.getDeadbandOptionAccess().getGroup()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleDeadbandOption"


    // $ANTLR start "entryRuleAlignment"
    // InternalTwin.g:911:1: entryRuleAlignment : ruleAlignment EOF ;
    public final void entryRuleAlignment() throws RecognitionException {
        try {
            // InternalTwin.g:912:1: ( ruleAlignment EOF )
            // InternalTwin.g:913:1: ruleAlignment EOF
            {
             before(grammarAccess.getAlignmentRule()); 
            pushFollow(FOLLOW_1);
            ruleAlignment();

            state._fsp--;

             after(grammarAccess.getAlignmentRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {
        }
        return ;
    }
    // $ANTLR end "entryRuleAlignment"


    // $ANTLR start "ruleAlignment"
    // InternalTwin.g:920:1: ruleAlignment : ( ( rule__Alignment__Group__0 ) ) ;
    public final void ruleAlignment() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:924:2: ( ( ( rule__Alignment__Group__0 ) ) )
            // InternalTwin.g:925:2: ( ( rule__Alignment__Group__0 ) )
            {
            // InternalTwin.g:925:2: ( ( rule__Alignment__Group__0 ) )
            // InternalTwin.g:926:3: ( rule__Alignment__Group__0 )
            {
             before(grammarAccess.getAlignmentAccess().getGroup()); 
            // InternalTwin.g:927:3: ( rule__Alignment__Group__0 )
            // InternalTwin.g:927:4: rule__Alignment__Group__0
            {
            pushFollow(FOLLOW_2);
            rule__Alignment__Group__0();

            state._fsp--;


            }

             after(grammarAccess.getAlignmentAccess().getGroup()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleAlignment"


    // $ANTLR start "entryRuleAlignTarget"
    // InternalTwin.g:936:1: entryRuleAlignTarget : ruleAlignTarget EOF ;
    public final void entryRuleAlignTarget() throws RecognitionException {
        try {
            // InternalTwin.g:937:1: ( ruleAlignTarget EOF )
            // InternalTwin.g:938:1: ruleAlignTarget EOF
            {
             before(grammarAccess.getAlignTargetRule()); 
            pushFollow(FOLLOW_1);
            ruleAlignTarget();

            state._fsp--;

             after(grammarAccess.getAlignTargetRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {
        }
        return ;
    }
    // $ANTLR end "entryRuleAlignTarget"


    // $ANTLR start "ruleAlignTarget"
    // InternalTwin.g:945:1: ruleAlignTarget : ( ( rule__AlignTarget__Alternatives ) ) ;
    public final void ruleAlignTarget() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:949:2: ( ( ( rule__AlignTarget__Alternatives ) ) )
            // InternalTwin.g:950:2: ( ( rule__AlignTarget__Alternatives ) )
            {
            // InternalTwin.g:950:2: ( ( rule__AlignTarget__Alternatives ) )
            // InternalTwin.g:951:3: ( rule__AlignTarget__Alternatives )
            {
             before(grammarAccess.getAlignTargetAccess().getAlternatives()); 
            // InternalTwin.g:952:3: ( rule__AlignTarget__Alternatives )
            // InternalTwin.g:952:4: rule__AlignTarget__Alternatives
            {
            pushFollow(FOLLOW_2);
            rule__AlignTarget__Alternatives();

            state._fsp--;


            }

             after(grammarAccess.getAlignTargetAccess().getAlternatives()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleAlignTarget"


    // $ANTLR start "entryRuleBehaviour"
    // InternalTwin.g:961:1: entryRuleBehaviour : ruleBehaviour EOF ;
    public final void entryRuleBehaviour() throws RecognitionException {
        try {
            // InternalTwin.g:962:1: ( ruleBehaviour EOF )
            // InternalTwin.g:963:1: ruleBehaviour EOF
            {
             before(grammarAccess.getBehaviourRule()); 
            pushFollow(FOLLOW_1);
            ruleBehaviour();

            state._fsp--;

             after(grammarAccess.getBehaviourRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {
        }
        return ;
    }
    // $ANTLR end "entryRuleBehaviour"


    // $ANTLR start "ruleBehaviour"
    // InternalTwin.g:970:1: ruleBehaviour : ( ( rule__Behaviour__Alternatives ) ) ;
    public final void ruleBehaviour() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:974:2: ( ( ( rule__Behaviour__Alternatives ) ) )
            // InternalTwin.g:975:2: ( ( rule__Behaviour__Alternatives ) )
            {
            // InternalTwin.g:975:2: ( ( rule__Behaviour__Alternatives ) )
            // InternalTwin.g:976:3: ( rule__Behaviour__Alternatives )
            {
             before(grammarAccess.getBehaviourAccess().getAlternatives()); 
            // InternalTwin.g:977:3: ( rule__Behaviour__Alternatives )
            // InternalTwin.g:977:4: rule__Behaviour__Alternatives
            {
            pushFollow(FOLLOW_2);
            rule__Behaviour__Alternatives();

            state._fsp--;


            }

             after(grammarAccess.getBehaviourAccess().getAlternatives()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleBehaviour"


    // $ANTLR start "entryRuleAlarm"
    // InternalTwin.g:986:1: entryRuleAlarm : ruleAlarm EOF ;
    public final void entryRuleAlarm() throws RecognitionException {
        try {
            // InternalTwin.g:987:1: ( ruleAlarm EOF )
            // InternalTwin.g:988:1: ruleAlarm EOF
            {
             before(grammarAccess.getAlarmRule()); 
            pushFollow(FOLLOW_1);
            ruleAlarm();

            state._fsp--;

             after(grammarAccess.getAlarmRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {
        }
        return ;
    }
    // $ANTLR end "entryRuleAlarm"


    // $ANTLR start "ruleAlarm"
    // InternalTwin.g:995:1: ruleAlarm : ( ( rule__Alarm__Group__0 ) ) ;
    public final void ruleAlarm() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:999:2: ( ( ( rule__Alarm__Group__0 ) ) )
            // InternalTwin.g:1000:2: ( ( rule__Alarm__Group__0 ) )
            {
            // InternalTwin.g:1000:2: ( ( rule__Alarm__Group__0 ) )
            // InternalTwin.g:1001:3: ( rule__Alarm__Group__0 )
            {
             before(grammarAccess.getAlarmAccess().getGroup()); 
            // InternalTwin.g:1002:3: ( rule__Alarm__Group__0 )
            // InternalTwin.g:1002:4: rule__Alarm__Group__0
            {
            pushFollow(FOLLOW_2);
            rule__Alarm__Group__0();

            state._fsp--;


            }

             after(grammarAccess.getAlarmAccess().getGroup()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleAlarm"


    // $ANTLR start "entryRuleAlarmOption"
    // InternalTwin.g:1011:1: entryRuleAlarmOption : ruleAlarmOption EOF ;
    public final void entryRuleAlarmOption() throws RecognitionException {
        try {
            // InternalTwin.g:1012:1: ( ruleAlarmOption EOF )
            // InternalTwin.g:1013:1: ruleAlarmOption EOF
            {
             before(grammarAccess.getAlarmOptionRule()); 
            pushFollow(FOLLOW_1);
            ruleAlarmOption();

            state._fsp--;

             after(grammarAccess.getAlarmOptionRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {
        }
        return ;
    }
    // $ANTLR end "entryRuleAlarmOption"


    // $ANTLR start "ruleAlarmOption"
    // InternalTwin.g:1020:1: ruleAlarmOption : ( ( rule__AlarmOption__Alternatives ) ) ;
    public final void ruleAlarmOption() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:1024:2: ( ( ( rule__AlarmOption__Alternatives ) ) )
            // InternalTwin.g:1025:2: ( ( rule__AlarmOption__Alternatives ) )
            {
            // InternalTwin.g:1025:2: ( ( rule__AlarmOption__Alternatives ) )
            // InternalTwin.g:1026:3: ( rule__AlarmOption__Alternatives )
            {
             before(grammarAccess.getAlarmOptionAccess().getAlternatives()); 
            // InternalTwin.g:1027:3: ( rule__AlarmOption__Alternatives )
            // InternalTwin.g:1027:4: rule__AlarmOption__Alternatives
            {
            pushFollow(FOLLOW_2);
            rule__AlarmOption__Alternatives();

            state._fsp--;


            }

             after(grammarAccess.getAlarmOptionAccess().getAlternatives()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleAlarmOption"


    // $ANTLR start "entryRuleOvershoot"
    // InternalTwin.g:1036:1: entryRuleOvershoot : ruleOvershoot EOF ;
    public final void entryRuleOvershoot() throws RecognitionException {
        try {
            // InternalTwin.g:1037:1: ( ruleOvershoot EOF )
            // InternalTwin.g:1038:1: ruleOvershoot EOF
            {
             before(grammarAccess.getOvershootRule()); 
            pushFollow(FOLLOW_1);
            ruleOvershoot();

            state._fsp--;

             after(grammarAccess.getOvershootRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {
        }
        return ;
    }
    // $ANTLR end "entryRuleOvershoot"


    // $ANTLR start "ruleOvershoot"
    // InternalTwin.g:1045:1: ruleOvershoot : ( ( rule__Overshoot__Group__0 ) ) ;
    public final void ruleOvershoot() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:1049:2: ( ( ( rule__Overshoot__Group__0 ) ) )
            // InternalTwin.g:1050:2: ( ( rule__Overshoot__Group__0 ) )
            {
            // InternalTwin.g:1050:2: ( ( rule__Overshoot__Group__0 ) )
            // InternalTwin.g:1051:3: ( rule__Overshoot__Group__0 )
            {
             before(grammarAccess.getOvershootAccess().getGroup()); 
            // InternalTwin.g:1052:3: ( rule__Overshoot__Group__0 )
            // InternalTwin.g:1052:4: rule__Overshoot__Group__0
            {
            pushFollow(FOLLOW_2);
            rule__Overshoot__Group__0();

            state._fsp--;


            }

             after(grammarAccess.getOvershootAccess().getGroup()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleOvershoot"


    // $ANTLR start "entryRuleEnergy"
    // InternalTwin.g:1061:1: entryRuleEnergy : ruleEnergy EOF ;
    public final void entryRuleEnergy() throws RecognitionException {
        try {
            // InternalTwin.g:1062:1: ( ruleEnergy EOF )
            // InternalTwin.g:1063:1: ruleEnergy EOF
            {
             before(grammarAccess.getEnergyRule()); 
            pushFollow(FOLLOW_1);
            ruleEnergy();

            state._fsp--;

             after(grammarAccess.getEnergyRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {
        }
        return ;
    }
    // $ANTLR end "entryRuleEnergy"


    // $ANTLR start "ruleEnergy"
    // InternalTwin.g:1070:1: ruleEnergy : ( ( rule__Energy__Group__0 ) ) ;
    public final void ruleEnergy() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:1074:2: ( ( ( rule__Energy__Group__0 ) ) )
            // InternalTwin.g:1075:2: ( ( rule__Energy__Group__0 ) )
            {
            // InternalTwin.g:1075:2: ( ( rule__Energy__Group__0 ) )
            // InternalTwin.g:1076:3: ( rule__Energy__Group__0 )
            {
             before(grammarAccess.getEnergyAccess().getGroup()); 
            // InternalTwin.g:1077:3: ( rule__Energy__Group__0 )
            // InternalTwin.g:1077:4: rule__Energy__Group__0
            {
            pushFollow(FOLLOW_2);
            rule__Energy__Group__0();

            state._fsp--;


            }

             after(grammarAccess.getEnergyAccess().getGroup()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleEnergy"


    // $ANTLR start "entryRuleVerdict"
    // InternalTwin.g:1086:1: entryRuleVerdict : ruleVerdict EOF ;
    public final void entryRuleVerdict() throws RecognitionException {
        try {
            // InternalTwin.g:1087:1: ( ruleVerdict EOF )
            // InternalTwin.g:1088:1: ruleVerdict EOF
            {
             before(grammarAccess.getVerdictRule()); 
            pushFollow(FOLLOW_1);
            ruleVerdict();

            state._fsp--;

             after(grammarAccess.getVerdictRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {
        }
        return ;
    }
    // $ANTLR end "entryRuleVerdict"


    // $ANTLR start "ruleVerdict"
    // InternalTwin.g:1095:1: ruleVerdict : ( ( rule__Verdict__Group__0 ) ) ;
    public final void ruleVerdict() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:1099:2: ( ( ( rule__Verdict__Group__0 ) ) )
            // InternalTwin.g:1100:2: ( ( rule__Verdict__Group__0 ) )
            {
            // InternalTwin.g:1100:2: ( ( rule__Verdict__Group__0 ) )
            // InternalTwin.g:1101:3: ( rule__Verdict__Group__0 )
            {
             before(grammarAccess.getVerdictAccess().getGroup()); 
            // InternalTwin.g:1102:3: ( rule__Verdict__Group__0 )
            // InternalTwin.g:1102:4: rule__Verdict__Group__0
            {
            pushFollow(FOLLOW_2);
            rule__Verdict__Group__0();

            state._fsp--;


            }

             after(grammarAccess.getVerdictAccess().getGroup()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleVerdict"


    // $ANTLR start "entryRuleMeasure"
    // InternalTwin.g:1111:1: entryRuleMeasure : ruleMeasure EOF ;
    public final void entryRuleMeasure() throws RecognitionException {
        try {
            // InternalTwin.g:1112:1: ( ruleMeasure EOF )
            // InternalTwin.g:1113:1: ruleMeasure EOF
            {
             before(grammarAccess.getMeasureRule()); 
            pushFollow(FOLLOW_1);
            ruleMeasure();

            state._fsp--;

             after(grammarAccess.getMeasureRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {
        }
        return ;
    }
    // $ANTLR end "entryRuleMeasure"


    // $ANTLR start "ruleMeasure"
    // InternalTwin.g:1120:1: ruleMeasure : ( ( rule__Measure__Group__0 ) ) ;
    public final void ruleMeasure() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:1124:2: ( ( ( rule__Measure__Group__0 ) ) )
            // InternalTwin.g:1125:2: ( ( rule__Measure__Group__0 ) )
            {
            // InternalTwin.g:1125:2: ( ( rule__Measure__Group__0 ) )
            // InternalTwin.g:1126:3: ( rule__Measure__Group__0 )
            {
             before(grammarAccess.getMeasureAccess().getGroup()); 
            // InternalTwin.g:1127:3: ( rule__Measure__Group__0 )
            // InternalTwin.g:1127:4: rule__Measure__Group__0
            {
            pushFollow(FOLLOW_2);
            rule__Measure__Group__0();

            state._fsp--;


            }

             after(grammarAccess.getMeasureAccess().getGroup()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleMeasure"


    // $ANTLR start "entryRuleDuration"
    // InternalTwin.g:1136:1: entryRuleDuration : ruleDuration EOF ;
    public final void entryRuleDuration() throws RecognitionException {
        try {
            // InternalTwin.g:1137:1: ( ruleDuration EOF )
            // InternalTwin.g:1138:1: ruleDuration EOF
            {
             before(grammarAccess.getDurationRule()); 
            pushFollow(FOLLOW_1);
            ruleDuration();

            state._fsp--;

             after(grammarAccess.getDurationRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {
        }
        return ;
    }
    // $ANTLR end "entryRuleDuration"


    // $ANTLR start "ruleDuration"
    // InternalTwin.g:1145:1: ruleDuration : ( ( rule__Duration__Group__0 ) ) ;
    public final void ruleDuration() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:1149:2: ( ( ( rule__Duration__Group__0 ) ) )
            // InternalTwin.g:1150:2: ( ( rule__Duration__Group__0 ) )
            {
            // InternalTwin.g:1150:2: ( ( rule__Duration__Group__0 ) )
            // InternalTwin.g:1151:3: ( rule__Duration__Group__0 )
            {
             before(grammarAccess.getDurationAccess().getGroup()); 
            // InternalTwin.g:1152:3: ( rule__Duration__Group__0 )
            // InternalTwin.g:1152:4: rule__Duration__Group__0
            {
            pushFollow(FOLLOW_2);
            rule__Duration__Group__0();

            state._fsp--;


            }

             after(grammarAccess.getDurationAccess().getGroup()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleDuration"


    // $ANTLR start "entryRuleUnitName"
    // InternalTwin.g:1161:1: entryRuleUnitName : ruleUnitName EOF ;
    public final void entryRuleUnitName() throws RecognitionException {
        try {
            // InternalTwin.g:1162:1: ( ruleUnitName EOF )
            // InternalTwin.g:1163:1: ruleUnitName EOF
            {
             before(grammarAccess.getUnitNameRule()); 
            pushFollow(FOLLOW_1);
            ruleUnitName();

            state._fsp--;

             after(grammarAccess.getUnitNameRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {
        }
        return ;
    }
    // $ANTLR end "entryRuleUnitName"


    // $ANTLR start "ruleUnitName"
    // InternalTwin.g:1170:1: ruleUnitName : ( ( rule__UnitName__Alternatives ) ) ;
    public final void ruleUnitName() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:1174:2: ( ( ( rule__UnitName__Alternatives ) ) )
            // InternalTwin.g:1175:2: ( ( rule__UnitName__Alternatives ) )
            {
            // InternalTwin.g:1175:2: ( ( rule__UnitName__Alternatives ) )
            // InternalTwin.g:1176:3: ( rule__UnitName__Alternatives )
            {
             before(grammarAccess.getUnitNameAccess().getAlternatives()); 
            // InternalTwin.g:1177:3: ( rule__UnitName__Alternatives )
            // InternalTwin.g:1177:4: rule__UnitName__Alternatives
            {
            pushFollow(FOLLOW_2);
            rule__UnitName__Alternatives();

            state._fsp--;


            }

             after(grammarAccess.getUnitNameAccess().getAlternatives()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleUnitName"


    // $ANTLR start "entryRuleNumber"
    // InternalTwin.g:1186:1: entryRuleNumber : ruleNumber EOF ;
    public final void entryRuleNumber() throws RecognitionException {
         
        	HiddenTokens myHiddenTokenState = ((XtextTokenStream)input).setHiddenTokens();

        try {
            // InternalTwin.g:1190:1: ( ruleNumber EOF )
            // InternalTwin.g:1191:1: ruleNumber EOF
            {
             before(grammarAccess.getNumberRule()); 
            pushFollow(FOLLOW_1);
            ruleNumber();

            state._fsp--;

             after(grammarAccess.getNumberRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	myHiddenTokenState.restore();

        }
        return ;
    }
    // $ANTLR end "entryRuleNumber"


    // $ANTLR start "ruleNumber"
    // InternalTwin.g:1201:1: ruleNumber : ( ( rule__Number__Group__0 ) ) ;
    public final void ruleNumber() throws RecognitionException {

        		HiddenTokens myHiddenTokenState = ((XtextTokenStream)input).setHiddenTokens();
        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:1206:2: ( ( ( rule__Number__Group__0 ) ) )
            // InternalTwin.g:1207:2: ( ( rule__Number__Group__0 ) )
            {
            // InternalTwin.g:1207:2: ( ( rule__Number__Group__0 ) )
            // InternalTwin.g:1208:3: ( rule__Number__Group__0 )
            {
             before(grammarAccess.getNumberAccess().getGroup()); 
            // InternalTwin.g:1209:3: ( rule__Number__Group__0 )
            // InternalTwin.g:1209:4: rule__Number__Group__0
            {
            pushFollow(FOLLOW_2);
            rule__Number__Group__0();

            state._fsp--;


            }

             after(grammarAccess.getNumberAccess().getGroup()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);
            	myHiddenTokenState.restore();

        }
        return ;
    }
    // $ANTLR end "ruleNumber"


    // $ANTLR start "entryRuleDigits"
    // InternalTwin.g:1219:1: entryRuleDigits : ruleDigits EOF ;
    public final void entryRuleDigits() throws RecognitionException {
        try {
            // InternalTwin.g:1220:1: ( ruleDigits EOF )
            // InternalTwin.g:1221:1: ruleDigits EOF
            {
             before(grammarAccess.getDigitsRule()); 
            pushFollow(FOLLOW_1);
            ruleDigits();

            state._fsp--;

             after(grammarAccess.getDigitsRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {
        }
        return ;
    }
    // $ANTLR end "entryRuleDigits"


    // $ANTLR start "ruleDigits"
    // InternalTwin.g:1228:1: ruleDigits : ( RULE_INT ) ;
    public final void ruleDigits() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:1232:2: ( ( RULE_INT ) )
            // InternalTwin.g:1233:2: ( RULE_INT )
            {
            // InternalTwin.g:1233:2: ( RULE_INT )
            // InternalTwin.g:1234:3: RULE_INT
            {
             before(grammarAccess.getDigitsAccess().getINTTerminalRuleCall()); 
            match(input,RULE_INT,FOLLOW_2); 
             after(grammarAccess.getDigitsAccess().getINTTerminalRuleCall()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleDigits"


    // $ANTLR start "entryRuleQualifiedName"
    // InternalTwin.g:1244:1: entryRuleQualifiedName : ruleQualifiedName EOF ;
    public final void entryRuleQualifiedName() throws RecognitionException {
        try {
            // InternalTwin.g:1245:1: ( ruleQualifiedName EOF )
            // InternalTwin.g:1246:1: ruleQualifiedName EOF
            {
             before(grammarAccess.getQualifiedNameRule()); 
            pushFollow(FOLLOW_1);
            ruleQualifiedName();

            state._fsp--;

             after(grammarAccess.getQualifiedNameRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {
        }
        return ;
    }
    // $ANTLR end "entryRuleQualifiedName"


    // $ANTLR start "ruleQualifiedName"
    // InternalTwin.g:1253:1: ruleQualifiedName : ( ( rule__QualifiedName__Group__0 ) ) ;
    public final void ruleQualifiedName() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:1257:2: ( ( ( rule__QualifiedName__Group__0 ) ) )
            // InternalTwin.g:1258:2: ( ( rule__QualifiedName__Group__0 ) )
            {
            // InternalTwin.g:1258:2: ( ( rule__QualifiedName__Group__0 ) )
            // InternalTwin.g:1259:3: ( rule__QualifiedName__Group__0 )
            {
             before(grammarAccess.getQualifiedNameAccess().getGroup()); 
            // InternalTwin.g:1260:3: ( rule__QualifiedName__Group__0 )
            // InternalTwin.g:1260:4: rule__QualifiedName__Group__0
            {
            pushFollow(FOLLOW_2);
            rule__QualifiedName__Group__0();

            state._fsp--;


            }

             after(grammarAccess.getQualifiedNameAccess().getGroup()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleQualifiedName"


    // $ANTLR start "ruleEndianness"
    // InternalTwin.g:1269:1: ruleEndianness : ( ( rule__Endianness__Alternatives ) ) ;
    public final void ruleEndianness() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:1273:1: ( ( ( rule__Endianness__Alternatives ) ) )
            // InternalTwin.g:1274:2: ( ( rule__Endianness__Alternatives ) )
            {
            // InternalTwin.g:1274:2: ( ( rule__Endianness__Alternatives ) )
            // InternalTwin.g:1275:3: ( rule__Endianness__Alternatives )
            {
             before(grammarAccess.getEndiannessAccess().getAlternatives()); 
            // InternalTwin.g:1276:3: ( rule__Endianness__Alternatives )
            // InternalTwin.g:1276:4: rule__Endianness__Alternatives
            {
            pushFollow(FOLLOW_2);
            rule__Endianness__Alternatives();

            state._fsp--;


            }

             after(grammarAccess.getEndiannessAccess().getAlternatives()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleEndianness"


    // $ANTLR start "ruleAddressBase"
    // InternalTwin.g:1285:1: ruleAddressBase : ( ( rule__AddressBase__Alternatives ) ) ;
    public final void ruleAddressBase() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:1289:1: ( ( ( rule__AddressBase__Alternatives ) ) )
            // InternalTwin.g:1290:2: ( ( rule__AddressBase__Alternatives ) )
            {
            // InternalTwin.g:1290:2: ( ( rule__AddressBase__Alternatives ) )
            // InternalTwin.g:1291:3: ( rule__AddressBase__Alternatives )
            {
             before(grammarAccess.getAddressBaseAccess().getAlternatives()); 
            // InternalTwin.g:1292:3: ( rule__AddressBase__Alternatives )
            // InternalTwin.g:1292:4: rule__AddressBase__Alternatives
            {
            pushFollow(FOLLOW_2);
            rule__AddressBase__Alternatives();

            state._fsp--;


            }

             after(grammarAccess.getAddressBaseAccess().getAlternatives()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleAddressBase"


    // $ANTLR start "ruleSecurityPolicy"
    // InternalTwin.g:1301:1: ruleSecurityPolicy : ( ( rule__SecurityPolicy__Alternatives ) ) ;
    public final void ruleSecurityPolicy() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:1305:1: ( ( ( rule__SecurityPolicy__Alternatives ) ) )
            // InternalTwin.g:1306:2: ( ( rule__SecurityPolicy__Alternatives ) )
            {
            // InternalTwin.g:1306:2: ( ( rule__SecurityPolicy__Alternatives ) )
            // InternalTwin.g:1307:3: ( rule__SecurityPolicy__Alternatives )
            {
             before(grammarAccess.getSecurityPolicyAccess().getAlternatives()); 
            // InternalTwin.g:1308:3: ( rule__SecurityPolicy__Alternatives )
            // InternalTwin.g:1308:4: rule__SecurityPolicy__Alternatives
            {
            pushFollow(FOLLOW_2);
            rule__SecurityPolicy__Alternatives();

            state._fsp--;


            }

             after(grammarAccess.getSecurityPolicyAccess().getAlternatives()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleSecurityPolicy"


    // $ANTLR start "ruleSecurityMode"
    // InternalTwin.g:1317:1: ruleSecurityMode : ( ( rule__SecurityMode__Alternatives ) ) ;
    public final void ruleSecurityMode() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:1321:1: ( ( ( rule__SecurityMode__Alternatives ) ) )
            // InternalTwin.g:1322:2: ( ( rule__SecurityMode__Alternatives ) )
            {
            // InternalTwin.g:1322:2: ( ( rule__SecurityMode__Alternatives ) )
            // InternalTwin.g:1323:3: ( rule__SecurityMode__Alternatives )
            {
             before(grammarAccess.getSecurityModeAccess().getAlternatives()); 
            // InternalTwin.g:1324:3: ( rule__SecurityMode__Alternatives )
            // InternalTwin.g:1324:4: rule__SecurityMode__Alternatives
            {
            pushFollow(FOLLOW_2);
            rule__SecurityMode__Alternatives();

            state._fsp--;


            }

             after(grammarAccess.getSecurityModeAccess().getAlternatives()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleSecurityMode"


    // $ANTLR start "ruleRegisterSpace"
    // InternalTwin.g:1333:1: ruleRegisterSpace : ( ( rule__RegisterSpace__Alternatives ) ) ;
    public final void ruleRegisterSpace() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:1337:1: ( ( ( rule__RegisterSpace__Alternatives ) ) )
            // InternalTwin.g:1338:2: ( ( rule__RegisterSpace__Alternatives ) )
            {
            // InternalTwin.g:1338:2: ( ( rule__RegisterSpace__Alternatives ) )
            // InternalTwin.g:1339:3: ( rule__RegisterSpace__Alternatives )
            {
             before(grammarAccess.getRegisterSpaceAccess().getAlternatives()); 
            // InternalTwin.g:1340:3: ( rule__RegisterSpace__Alternatives )
            // InternalTwin.g:1340:4: rule__RegisterSpace__Alternatives
            {
            pushFollow(FOLLOW_2);
            rule__RegisterSpace__Alternatives();

            state._fsp--;


            }

             after(grammarAccess.getRegisterSpaceAccess().getAlternatives()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleRegisterSpace"


    // $ANTLR start "rulePlc4xSpace"
    // InternalTwin.g:1349:1: rulePlc4xSpace : ( ( rule__Plc4xSpace__Alternatives ) ) ;
    public final void rulePlc4xSpace() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:1353:1: ( ( ( rule__Plc4xSpace__Alternatives ) ) )
            // InternalTwin.g:1354:2: ( ( rule__Plc4xSpace__Alternatives ) )
            {
            // InternalTwin.g:1354:2: ( ( rule__Plc4xSpace__Alternatives ) )
            // InternalTwin.g:1355:3: ( rule__Plc4xSpace__Alternatives )
            {
             before(grammarAccess.getPlc4xSpaceAccess().getAlternatives()); 
            // InternalTwin.g:1356:3: ( rule__Plc4xSpace__Alternatives )
            // InternalTwin.g:1356:4: rule__Plc4xSpace__Alternatives
            {
            pushFollow(FOLLOW_2);
            rule__Plc4xSpace__Alternatives();

            state._fsp--;


            }

             after(grammarAccess.getPlc4xSpaceAccess().getAlternatives()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rulePlc4xSpace"


    // $ANTLR start "ruleScalarKind"
    // InternalTwin.g:1365:1: ruleScalarKind : ( ( rule__ScalarKind__Alternatives ) ) ;
    public final void ruleScalarKind() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:1369:1: ( ( ( rule__ScalarKind__Alternatives ) ) )
            // InternalTwin.g:1370:2: ( ( rule__ScalarKind__Alternatives ) )
            {
            // InternalTwin.g:1370:2: ( ( rule__ScalarKind__Alternatives ) )
            // InternalTwin.g:1371:3: ( rule__ScalarKind__Alternatives )
            {
             before(grammarAccess.getScalarKindAccess().getAlternatives()); 
            // InternalTwin.g:1372:3: ( rule__ScalarKind__Alternatives )
            // InternalTwin.g:1372:4: rule__ScalarKind__Alternatives
            {
            pushFollow(FOLLOW_2);
            rule__ScalarKind__Alternatives();

            state._fsp--;


            }

             after(grammarAccess.getScalarKindAccess().getAlternatives()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleScalarKind"


    // $ANTLR start "ruleAlignMethod"
    // InternalTwin.g:1381:1: ruleAlignMethod : ( ( rule__AlignMethod__Alternatives ) ) ;
    public final void ruleAlignMethod() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:1385:1: ( ( ( rule__AlignMethod__Alternatives ) ) )
            // InternalTwin.g:1386:2: ( ( rule__AlignMethod__Alternatives ) )
            {
            // InternalTwin.g:1386:2: ( ( rule__AlignMethod__Alternatives ) )
            // InternalTwin.g:1387:3: ( rule__AlignMethod__Alternatives )
            {
             before(grammarAccess.getAlignMethodAccess().getAlternatives()); 
            // InternalTwin.g:1388:3: ( rule__AlignMethod__Alternatives )
            // InternalTwin.g:1388:4: rule__AlignMethod__Alternatives
            {
            pushFollow(FOLLOW_2);
            rule__AlignMethod__Alternatives();

            state._fsp--;


            }

             after(grammarAccess.getAlignMethodAccess().getAlternatives()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleAlignMethod"


    // $ANTLR start "ruleComparison"
    // InternalTwin.g:1397:1: ruleComparison : ( ( rule__Comparison__Alternatives ) ) ;
    public final void ruleComparison() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:1401:1: ( ( ( rule__Comparison__Alternatives ) ) )
            // InternalTwin.g:1402:2: ( ( rule__Comparison__Alternatives ) )
            {
            // InternalTwin.g:1402:2: ( ( rule__Comparison__Alternatives ) )
            // InternalTwin.g:1403:3: ( rule__Comparison__Alternatives )
            {
             before(grammarAccess.getComparisonAccess().getAlternatives()); 
            // InternalTwin.g:1404:3: ( rule__Comparison__Alternatives )
            // InternalTwin.g:1404:4: rule__Comparison__Alternatives
            {
            pushFollow(FOLLOW_2);
            rule__Comparison__Alternatives();

            state._fsp--;


            }

             after(grammarAccess.getComparisonAccess().getAlternatives()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleComparison"


    // $ANTLR start "ruleClearDirection"
    // InternalTwin.g:1413:1: ruleClearDirection : ( ( rule__ClearDirection__Alternatives ) ) ;
    public final void ruleClearDirection() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:1417:1: ( ( ( rule__ClearDirection__Alternatives ) ) )
            // InternalTwin.g:1418:2: ( ( rule__ClearDirection__Alternatives ) )
            {
            // InternalTwin.g:1418:2: ( ( rule__ClearDirection__Alternatives ) )
            // InternalTwin.g:1419:3: ( rule__ClearDirection__Alternatives )
            {
             before(grammarAccess.getClearDirectionAccess().getAlternatives()); 
            // InternalTwin.g:1420:3: ( rule__ClearDirection__Alternatives )
            // InternalTwin.g:1420:4: rule__ClearDirection__Alternatives
            {
            pushFollow(FOLLOW_2);
            rule__ClearDirection__Alternatives();

            state._fsp--;


            }

             after(grammarAccess.getClearDirectionAccess().getAlternatives()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleClearDirection"


    // $ANTLR start "ruleTimeUnit"
    // InternalTwin.g:1429:1: ruleTimeUnit : ( ( rule__TimeUnit__Alternatives ) ) ;
    public final void ruleTimeUnit() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:1433:1: ( ( ( rule__TimeUnit__Alternatives ) ) )
            // InternalTwin.g:1434:2: ( ( rule__TimeUnit__Alternatives ) )
            {
            // InternalTwin.g:1434:2: ( ( rule__TimeUnit__Alternatives ) )
            // InternalTwin.g:1435:3: ( rule__TimeUnit__Alternatives )
            {
             before(grammarAccess.getTimeUnitAccess().getAlternatives()); 
            // InternalTwin.g:1436:3: ( rule__TimeUnit__Alternatives )
            // InternalTwin.g:1436:4: rule__TimeUnit__Alternatives
            {
            pushFollow(FOLLOW_2);
            rule__TimeUnit__Alternatives();

            state._fsp--;


            }

             after(grammarAccess.getTimeUnitAccess().getAlternatives()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleTimeUnit"


    // $ANTLR start "rule__Element__Alternatives"
    // InternalTwin.g:1444:1: rule__Element__Alternatives : ( ( ruleConnection ) | ( ruleMapping ) | ( ruleAlignment ) | ( ruleBehaviour ) );
    public final void rule__Element__Alternatives() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:1448:1: ( ( ruleConnection ) | ( ruleMapping ) | ( ruleAlignment ) | ( ruleBehaviour ) )
            int alt1=4;
            switch ( input.LA(1) ) {
            case 56:
                {
                alt1=1;
                }
                break;
            case 80:
                {
                alt1=2;
                }
                break;
            case 93:
                {
                alt1=3;
                }
                break;
            case 100:
            case 104:
            case 106:
            case 109:
                {
                alt1=4;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 1, 0, input);

                throw nvae;
            }

            switch (alt1) {
                case 1 :
                    // InternalTwin.g:1449:2: ( ruleConnection )
                    {
                    // InternalTwin.g:1449:2: ( ruleConnection )
                    // InternalTwin.g:1450:3: ruleConnection
                    {
                     before(grammarAccess.getElementAccess().getConnectionParserRuleCall_0()); 
                    pushFollow(FOLLOW_2);
                    ruleConnection();

                    state._fsp--;

                     after(grammarAccess.getElementAccess().getConnectionParserRuleCall_0()); 

                    }


                    }
                    break;
                case 2 :
                    // InternalTwin.g:1455:2: ( ruleMapping )
                    {
                    // InternalTwin.g:1455:2: ( ruleMapping )
                    // InternalTwin.g:1456:3: ruleMapping
                    {
                     before(grammarAccess.getElementAccess().getMappingParserRuleCall_1()); 
                    pushFollow(FOLLOW_2);
                    ruleMapping();

                    state._fsp--;

                     after(grammarAccess.getElementAccess().getMappingParserRuleCall_1()); 

                    }


                    }
                    break;
                case 3 :
                    // InternalTwin.g:1461:2: ( ruleAlignment )
                    {
                    // InternalTwin.g:1461:2: ( ruleAlignment )
                    // InternalTwin.g:1462:3: ruleAlignment
                    {
                     before(grammarAccess.getElementAccess().getAlignmentParserRuleCall_2()); 
                    pushFollow(FOLLOW_2);
                    ruleAlignment();

                    state._fsp--;

                     after(grammarAccess.getElementAccess().getAlignmentParserRuleCall_2()); 

                    }


                    }
                    break;
                case 4 :
                    // InternalTwin.g:1467:2: ( ruleBehaviour )
                    {
                    // InternalTwin.g:1467:2: ( ruleBehaviour )
                    // InternalTwin.g:1468:3: ruleBehaviour
                    {
                     before(grammarAccess.getElementAccess().getBehaviourParserRuleCall_3()); 
                    pushFollow(FOLLOW_2);
                    ruleBehaviour();

                    state._fsp--;

                     after(grammarAccess.getElementAccess().getBehaviourParserRuleCall_3()); 

                    }


                    }
                    break;

            }
        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Element__Alternatives"


    // $ANTLR start "rule__Connection__Alternatives"
    // InternalTwin.g:1477:1: rule__Connection__Alternatives : ( ( ruleModbusConnection ) | ( ruleOpcUaConnection ) );
    public final void rule__Connection__Alternatives() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:1481:1: ( ( ruleModbusConnection ) | ( ruleOpcUaConnection ) )
            int alt2=2;
            int LA2_0 = input.LA(1);

            if ( (LA2_0==56) ) {
                int LA2_1 = input.LA(2);

                if ( (LA2_1==RULE_ID) ) {
                    int LA2_2 = input.LA(3);

                    if ( (LA2_2==62) ) {
                        alt2=2;
                    }
                    else if ( (LA2_2==57) ) {
                        alt2=1;
                    }
                    else {
                        NoViableAltException nvae =
                            new NoViableAltException("", 2, 2, input);

                        throw nvae;
                    }
                }
                else {
                    NoViableAltException nvae =
                        new NoViableAltException("", 2, 1, input);

                    throw nvae;
                }
            }
            else {
                NoViableAltException nvae =
                    new NoViableAltException("", 2, 0, input);

                throw nvae;
            }
            switch (alt2) {
                case 1 :
                    // InternalTwin.g:1482:2: ( ruleModbusConnection )
                    {
                    // InternalTwin.g:1482:2: ( ruleModbusConnection )
                    // InternalTwin.g:1483:3: ruleModbusConnection
                    {
                     before(grammarAccess.getConnectionAccess().getModbusConnectionParserRuleCall_0()); 
                    pushFollow(FOLLOW_2);
                    ruleModbusConnection();

                    state._fsp--;

                     after(grammarAccess.getConnectionAccess().getModbusConnectionParserRuleCall_0()); 

                    }


                    }
                    break;
                case 2 :
                    // InternalTwin.g:1488:2: ( ruleOpcUaConnection )
                    {
                    // InternalTwin.g:1488:2: ( ruleOpcUaConnection )
                    // InternalTwin.g:1489:3: ruleOpcUaConnection
                    {
                     before(grammarAccess.getConnectionAccess().getOpcUaConnectionParserRuleCall_1()); 
                    pushFollow(FOLLOW_2);
                    ruleOpcUaConnection();

                    state._fsp--;

                     after(grammarAccess.getConnectionAccess().getOpcUaConnectionParserRuleCall_1()); 

                    }


                    }
                    break;

            }
        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Connection__Alternatives"


    // $ANTLR start "rule__ModbusSetting__Alternatives"
    // InternalTwin.g:1498:1: rule__ModbusSetting__Alternatives : ( ( ruleByteOrderSetting ) | ( ruleWordOrderSetting ) | ( rulePollSetting ) | ( ruleTimeoutSetting ) | ( ruleRetriesSetting ) | ( ruleMaxRegistersSetting ) | ( ruleMaxGapSetting ) | ( ruleAddressingSetting ) );
    public final void rule__ModbusSetting__Alternatives() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:1502:1: ( ( ruleByteOrderSetting ) | ( ruleWordOrderSetting ) | ( rulePollSetting ) | ( ruleTimeoutSetting ) | ( ruleRetriesSetting ) | ( ruleMaxRegistersSetting ) | ( ruleMaxGapSetting ) | ( ruleAddressingSetting ) )
            int alt3=8;
            alt3 = dfa3.predict(input);
            switch (alt3) {
                case 1 :
                    // InternalTwin.g:1503:2: ( ruleByteOrderSetting )
                    {
                    // InternalTwin.g:1503:2: ( ruleByteOrderSetting )
                    // InternalTwin.g:1504:3: ruleByteOrderSetting
                    {
                     before(grammarAccess.getModbusSettingAccess().getByteOrderSettingParserRuleCall_0()); 
                    pushFollow(FOLLOW_2);
                    ruleByteOrderSetting();

                    state._fsp--;

                     after(grammarAccess.getModbusSettingAccess().getByteOrderSettingParserRuleCall_0()); 

                    }


                    }
                    break;
                case 2 :
                    // InternalTwin.g:1509:2: ( ruleWordOrderSetting )
                    {
                    // InternalTwin.g:1509:2: ( ruleWordOrderSetting )
                    // InternalTwin.g:1510:3: ruleWordOrderSetting
                    {
                     before(grammarAccess.getModbusSettingAccess().getWordOrderSettingParserRuleCall_1()); 
                    pushFollow(FOLLOW_2);
                    ruleWordOrderSetting();

                    state._fsp--;

                     after(grammarAccess.getModbusSettingAccess().getWordOrderSettingParserRuleCall_1()); 

                    }


                    }
                    break;
                case 3 :
                    // InternalTwin.g:1515:2: ( rulePollSetting )
                    {
                    // InternalTwin.g:1515:2: ( rulePollSetting )
                    // InternalTwin.g:1516:3: rulePollSetting
                    {
                     before(grammarAccess.getModbusSettingAccess().getPollSettingParserRuleCall_2()); 
                    pushFollow(FOLLOW_2);
                    rulePollSetting();

                    state._fsp--;

                     after(grammarAccess.getModbusSettingAccess().getPollSettingParserRuleCall_2()); 

                    }


                    }
                    break;
                case 4 :
                    // InternalTwin.g:1521:2: ( ruleTimeoutSetting )
                    {
                    // InternalTwin.g:1521:2: ( ruleTimeoutSetting )
                    // InternalTwin.g:1522:3: ruleTimeoutSetting
                    {
                     before(grammarAccess.getModbusSettingAccess().getTimeoutSettingParserRuleCall_3()); 
                    pushFollow(FOLLOW_2);
                    ruleTimeoutSetting();

                    state._fsp--;

                     after(grammarAccess.getModbusSettingAccess().getTimeoutSettingParserRuleCall_3()); 

                    }


                    }
                    break;
                case 5 :
                    // InternalTwin.g:1527:2: ( ruleRetriesSetting )
                    {
                    // InternalTwin.g:1527:2: ( ruleRetriesSetting )
                    // InternalTwin.g:1528:3: ruleRetriesSetting
                    {
                     before(grammarAccess.getModbusSettingAccess().getRetriesSettingParserRuleCall_4()); 
                    pushFollow(FOLLOW_2);
                    ruleRetriesSetting();

                    state._fsp--;

                     after(grammarAccess.getModbusSettingAccess().getRetriesSettingParserRuleCall_4()); 

                    }


                    }
                    break;
                case 6 :
                    // InternalTwin.g:1533:2: ( ruleMaxRegistersSetting )
                    {
                    // InternalTwin.g:1533:2: ( ruleMaxRegistersSetting )
                    // InternalTwin.g:1534:3: ruleMaxRegistersSetting
                    {
                     before(grammarAccess.getModbusSettingAccess().getMaxRegistersSettingParserRuleCall_5()); 
                    pushFollow(FOLLOW_2);
                    ruleMaxRegistersSetting();

                    state._fsp--;

                     after(grammarAccess.getModbusSettingAccess().getMaxRegistersSettingParserRuleCall_5()); 

                    }


                    }
                    break;
                case 7 :
                    // InternalTwin.g:1539:2: ( ruleMaxGapSetting )
                    {
                    // InternalTwin.g:1539:2: ( ruleMaxGapSetting )
                    // InternalTwin.g:1540:3: ruleMaxGapSetting
                    {
                     before(grammarAccess.getModbusSettingAccess().getMaxGapSettingParserRuleCall_6()); 
                    pushFollow(FOLLOW_2);
                    ruleMaxGapSetting();

                    state._fsp--;

                     after(grammarAccess.getModbusSettingAccess().getMaxGapSettingParserRuleCall_6()); 

                    }


                    }
                    break;
                case 8 :
                    // InternalTwin.g:1545:2: ( ruleAddressingSetting )
                    {
                    // InternalTwin.g:1545:2: ( ruleAddressingSetting )
                    // InternalTwin.g:1546:3: ruleAddressingSetting
                    {
                     before(grammarAccess.getModbusSettingAccess().getAddressingSettingParserRuleCall_7()); 
                    pushFollow(FOLLOW_2);
                    ruleAddressingSetting();

                    state._fsp--;

                     after(grammarAccess.getModbusSettingAccess().getAddressingSettingParserRuleCall_7()); 

                    }


                    }
                    break;

            }
        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ModbusSetting__Alternatives"


    // $ANTLR start "rule__OpcUaSetting__Alternatives"
    // InternalTwin.g:1555:1: rule__OpcUaSetting__Alternatives : ( ( ruleSecuritySetting ) | ( ruleIdentitySetting ) | ( ruleSamplingSetting ) | ( rulePublishingSetting ) | ( ruleTimeoutSetting ) );
    public final void rule__OpcUaSetting__Alternatives() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:1559:1: ( ( ruleSecuritySetting ) | ( ruleIdentitySetting ) | ( ruleSamplingSetting ) | ( rulePublishingSetting ) | ( ruleTimeoutSetting ) )
            int alt4=5;
            switch ( input.LA(1) ) {
            case 72:
                {
                alt4=1;
                }
                break;
            case 73:
                {
                alt4=2;
                }
                break;
            case 78:
                {
                alt4=3;
                }
                break;
            case 79:
                {
                alt4=4;
                }
                break;
            case 67:
                {
                alt4=5;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 4, 0, input);

                throw nvae;
            }

            switch (alt4) {
                case 1 :
                    // InternalTwin.g:1560:2: ( ruleSecuritySetting )
                    {
                    // InternalTwin.g:1560:2: ( ruleSecuritySetting )
                    // InternalTwin.g:1561:3: ruleSecuritySetting
                    {
                     before(grammarAccess.getOpcUaSettingAccess().getSecuritySettingParserRuleCall_0()); 
                    pushFollow(FOLLOW_2);
                    ruleSecuritySetting();

                    state._fsp--;

                     after(grammarAccess.getOpcUaSettingAccess().getSecuritySettingParserRuleCall_0()); 

                    }


                    }
                    break;
                case 2 :
                    // InternalTwin.g:1566:2: ( ruleIdentitySetting )
                    {
                    // InternalTwin.g:1566:2: ( ruleIdentitySetting )
                    // InternalTwin.g:1567:3: ruleIdentitySetting
                    {
                     before(grammarAccess.getOpcUaSettingAccess().getIdentitySettingParserRuleCall_1()); 
                    pushFollow(FOLLOW_2);
                    ruleIdentitySetting();

                    state._fsp--;

                     after(grammarAccess.getOpcUaSettingAccess().getIdentitySettingParserRuleCall_1()); 

                    }


                    }
                    break;
                case 3 :
                    // InternalTwin.g:1572:2: ( ruleSamplingSetting )
                    {
                    // InternalTwin.g:1572:2: ( ruleSamplingSetting )
                    // InternalTwin.g:1573:3: ruleSamplingSetting
                    {
                     before(grammarAccess.getOpcUaSettingAccess().getSamplingSettingParserRuleCall_2()); 
                    pushFollow(FOLLOW_2);
                    ruleSamplingSetting();

                    state._fsp--;

                     after(grammarAccess.getOpcUaSettingAccess().getSamplingSettingParserRuleCall_2()); 

                    }


                    }
                    break;
                case 4 :
                    // InternalTwin.g:1578:2: ( rulePublishingSetting )
                    {
                    // InternalTwin.g:1578:2: ( rulePublishingSetting )
                    // InternalTwin.g:1579:3: rulePublishingSetting
                    {
                     before(grammarAccess.getOpcUaSettingAccess().getPublishingSettingParserRuleCall_3()); 
                    pushFollow(FOLLOW_2);
                    rulePublishingSetting();

                    state._fsp--;

                     after(grammarAccess.getOpcUaSettingAccess().getPublishingSettingParserRuleCall_3()); 

                    }


                    }
                    break;
                case 5 :
                    // InternalTwin.g:1584:2: ( ruleTimeoutSetting )
                    {
                    // InternalTwin.g:1584:2: ( ruleTimeoutSetting )
                    // InternalTwin.g:1585:3: ruleTimeoutSetting
                    {
                     before(grammarAccess.getOpcUaSettingAccess().getTimeoutSettingParserRuleCall_4()); 
                    pushFollow(FOLLOW_2);
                    ruleTimeoutSetting();

                    state._fsp--;

                     after(grammarAccess.getOpcUaSettingAccess().getTimeoutSettingParserRuleCall_4()); 

                    }


                    }
                    break;

            }
        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__OpcUaSetting__Alternatives"


    // $ANTLR start "rule__Identity__Alternatives"
    // InternalTwin.g:1594:1: rule__Identity__Alternatives : ( ( ( rule__Identity__Group_0__0 ) ) | ( ( rule__Identity__Group_1__0 ) ) );
    public final void rule__Identity__Alternatives() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:1598:1: ( ( ( rule__Identity__Group_0__0 ) ) | ( ( rule__Identity__Group_1__0 ) ) )
            int alt5=2;
            int LA5_0 = input.LA(1);

            if ( (LA5_0==74) ) {
                alt5=1;
            }
            else if ( (LA5_0==75) ) {
                alt5=2;
            }
            else {
                NoViableAltException nvae =
                    new NoViableAltException("", 5, 0, input);

                throw nvae;
            }
            switch (alt5) {
                case 1 :
                    // InternalTwin.g:1599:2: ( ( rule__Identity__Group_0__0 ) )
                    {
                    // InternalTwin.g:1599:2: ( ( rule__Identity__Group_0__0 ) )
                    // InternalTwin.g:1600:3: ( rule__Identity__Group_0__0 )
                    {
                     before(grammarAccess.getIdentityAccess().getGroup_0()); 
                    // InternalTwin.g:1601:3: ( rule__Identity__Group_0__0 )
                    // InternalTwin.g:1601:4: rule__Identity__Group_0__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__Identity__Group_0__0();

                    state._fsp--;


                    }

                     after(grammarAccess.getIdentityAccess().getGroup_0()); 

                    }


                    }
                    break;
                case 2 :
                    // InternalTwin.g:1605:2: ( ( rule__Identity__Group_1__0 ) )
                    {
                    // InternalTwin.g:1605:2: ( ( rule__Identity__Group_1__0 ) )
                    // InternalTwin.g:1606:3: ( rule__Identity__Group_1__0 )
                    {
                     before(grammarAccess.getIdentityAccess().getGroup_1()); 
                    // InternalTwin.g:1607:3: ( rule__Identity__Group_1__0 )
                    // InternalTwin.g:1607:4: rule__Identity__Group_1__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__Identity__Group_1__0();

                    state._fsp--;


                    }

                     after(grammarAccess.getIdentityAccess().getGroup_1()); 

                    }


                    }
                    break;

            }
        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Identity__Alternatives"


    // $ANTLR start "rule__Secret__Alternatives"
    // InternalTwin.g:1615:1: rule__Secret__Alternatives : ( ( ( rule__Secret__Group_0__0 ) ) | ( ( rule__Secret__Group_1__0 ) ) );
    public final void rule__Secret__Alternatives() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:1619:1: ( ( ( rule__Secret__Group_0__0 ) ) | ( ( rule__Secret__Group_1__0 ) ) )
            int alt6=2;
            int LA6_0 = input.LA(1);

            if ( (LA6_0==77) ) {
                alt6=1;
            }
            else if ( (LA6_0==RULE_STRING) ) {
                alt6=2;
            }
            else {
                NoViableAltException nvae =
                    new NoViableAltException("", 6, 0, input);

                throw nvae;
            }
            switch (alt6) {
                case 1 :
                    // InternalTwin.g:1620:2: ( ( rule__Secret__Group_0__0 ) )
                    {
                    // InternalTwin.g:1620:2: ( ( rule__Secret__Group_0__0 ) )
                    // InternalTwin.g:1621:3: ( rule__Secret__Group_0__0 )
                    {
                     before(grammarAccess.getSecretAccess().getGroup_0()); 
                    // InternalTwin.g:1622:3: ( rule__Secret__Group_0__0 )
                    // InternalTwin.g:1622:4: rule__Secret__Group_0__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__Secret__Group_0__0();

                    state._fsp--;


                    }

                     after(grammarAccess.getSecretAccess().getGroup_0()); 

                    }


                    }
                    break;
                case 2 :
                    // InternalTwin.g:1626:2: ( ( rule__Secret__Group_1__0 ) )
                    {
                    // InternalTwin.g:1626:2: ( ( rule__Secret__Group_1__0 ) )
                    // InternalTwin.g:1627:3: ( rule__Secret__Group_1__0 )
                    {
                     before(grammarAccess.getSecretAccess().getGroup_1()); 
                    // InternalTwin.g:1628:3: ( rule__Secret__Group_1__0 )
                    // InternalTwin.g:1628:4: rule__Secret__Group_1__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__Secret__Group_1__0();

                    state._fsp--;


                    }

                     after(grammarAccess.getSecretAccess().getGroup_1()); 

                    }


                    }
                    break;

            }
        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Secret__Alternatives"


    // $ANTLR start "rule__Source__Alternatives"
    // InternalTwin.g:1636:1: rule__Source__Alternatives : ( ( ruleModbusAddress ) | ( ruleNodeId ) );
    public final void rule__Source__Alternatives() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:1640:1: ( ( ruleModbusAddress ) | ( ruleNodeId ) )
            int alt7=2;
            int LA7_0 = input.LA(1);

            if ( (LA7_0==RULE_INT||LA7_0==RULE_MODICON_X||(LA7_0>=29 && LA7_0<=35)) ) {
                alt7=1;
            }
            else if ( (LA7_0==RULE_STRING) ) {
                alt7=2;
            }
            else {
                NoViableAltException nvae =
                    new NoViableAltException("", 7, 0, input);

                throw nvae;
            }
            switch (alt7) {
                case 1 :
                    // InternalTwin.g:1641:2: ( ruleModbusAddress )
                    {
                    // InternalTwin.g:1641:2: ( ruleModbusAddress )
                    // InternalTwin.g:1642:3: ruleModbusAddress
                    {
                     before(grammarAccess.getSourceAccess().getModbusAddressParserRuleCall_0()); 
                    pushFollow(FOLLOW_2);
                    ruleModbusAddress();

                    state._fsp--;

                     after(grammarAccess.getSourceAccess().getModbusAddressParserRuleCall_0()); 

                    }


                    }
                    break;
                case 2 :
                    // InternalTwin.g:1647:2: ( ruleNodeId )
                    {
                    // InternalTwin.g:1647:2: ( ruleNodeId )
                    // InternalTwin.g:1648:3: ruleNodeId
                    {
                     before(grammarAccess.getSourceAccess().getNodeIdParserRuleCall_1()); 
                    pushFollow(FOLLOW_2);
                    ruleNodeId();

                    state._fsp--;

                     after(grammarAccess.getSourceAccess().getNodeIdParserRuleCall_1()); 

                    }


                    }
                    break;

            }
        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Source__Alternatives"


    // $ANTLR start "rule__ModbusAddress__Alternatives"
    // InternalTwin.g:1657:1: rule__ModbusAddress__Alternatives : ( ( ( rule__ModbusAddress__Group_0__0 ) ) | ( ( rule__ModbusAddress__Group_1__0 ) ) | ( ( rule__ModbusAddress__Group_2__0 ) ) | ( rulePlc4xAddress ) );
    public final void rule__ModbusAddress__Alternatives() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:1661:1: ( ( ( rule__ModbusAddress__Group_0__0 ) ) | ( ( rule__ModbusAddress__Group_1__0 ) ) | ( ( rule__ModbusAddress__Group_2__0 ) ) | ( rulePlc4xAddress ) )
            int alt8=4;
            switch ( input.LA(1) ) {
            case 29:
                {
                int LA8_1 = input.LA(2);

                if ( (LA8_1==RULE_INT) ) {
                    alt8=1;
                }
                else if ( (LA8_1==82) ) {
                    alt8=4;
                }
                else {
                    NoViableAltException nvae =
                        new NoViableAltException("", 8, 1, input);

                    throw nvae;
                }
                }
                break;
            case 30:
            case 31:
            case 32:
                {
                alt8=1;
                }
                break;
            case RULE_INT:
                {
                alt8=2;
                }
                break;
            case RULE_MODICON_X:
                {
                alt8=3;
                }
                break;
            case 33:
            case 34:
            case 35:
                {
                alt8=4;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 8, 0, input);

                throw nvae;
            }

            switch (alt8) {
                case 1 :
                    // InternalTwin.g:1662:2: ( ( rule__ModbusAddress__Group_0__0 ) )
                    {
                    // InternalTwin.g:1662:2: ( ( rule__ModbusAddress__Group_0__0 ) )
                    // InternalTwin.g:1663:3: ( rule__ModbusAddress__Group_0__0 )
                    {
                     before(grammarAccess.getModbusAddressAccess().getGroup_0()); 
                    // InternalTwin.g:1664:3: ( rule__ModbusAddress__Group_0__0 )
                    // InternalTwin.g:1664:4: rule__ModbusAddress__Group_0__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__ModbusAddress__Group_0__0();

                    state._fsp--;


                    }

                     after(grammarAccess.getModbusAddressAccess().getGroup_0()); 

                    }


                    }
                    break;
                case 2 :
                    // InternalTwin.g:1668:2: ( ( rule__ModbusAddress__Group_1__0 ) )
                    {
                    // InternalTwin.g:1668:2: ( ( rule__ModbusAddress__Group_1__0 ) )
                    // InternalTwin.g:1669:3: ( rule__ModbusAddress__Group_1__0 )
                    {
                     before(grammarAccess.getModbusAddressAccess().getGroup_1()); 
                    // InternalTwin.g:1670:3: ( rule__ModbusAddress__Group_1__0 )
                    // InternalTwin.g:1670:4: rule__ModbusAddress__Group_1__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__ModbusAddress__Group_1__0();

                    state._fsp--;


                    }

                     after(grammarAccess.getModbusAddressAccess().getGroup_1()); 

                    }


                    }
                    break;
                case 3 :
                    // InternalTwin.g:1674:2: ( ( rule__ModbusAddress__Group_2__0 ) )
                    {
                    // InternalTwin.g:1674:2: ( ( rule__ModbusAddress__Group_2__0 ) )
                    // InternalTwin.g:1675:3: ( rule__ModbusAddress__Group_2__0 )
                    {
                     before(grammarAccess.getModbusAddressAccess().getGroup_2()); 
                    // InternalTwin.g:1676:3: ( rule__ModbusAddress__Group_2__0 )
                    // InternalTwin.g:1676:4: rule__ModbusAddress__Group_2__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__ModbusAddress__Group_2__0();

                    state._fsp--;


                    }

                     after(grammarAccess.getModbusAddressAccess().getGroup_2()); 

                    }


                    }
                    break;
                case 4 :
                    // InternalTwin.g:1680:2: ( rulePlc4xAddress )
                    {
                    // InternalTwin.g:1680:2: ( rulePlc4xAddress )
                    // InternalTwin.g:1681:3: rulePlc4xAddress
                    {
                     before(grammarAccess.getModbusAddressAccess().getPlc4xAddressParserRuleCall_3()); 
                    pushFollow(FOLLOW_2);
                    rulePlc4xAddress();

                    state._fsp--;

                     after(grammarAccess.getModbusAddressAccess().getPlc4xAddressParserRuleCall_3()); 

                    }


                    }
                    break;

            }
        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ModbusAddress__Alternatives"


    // $ANTLR start "rule__DataType__Alternatives"
    // InternalTwin.g:1690:1: rule__DataType__Alternatives : ( ( ( rule__DataType__Group_0__0 ) ) | ( ( rule__DataType__Group_1__0 ) ) | ( ( rule__DataType__Group_2__0 ) ) );
    public final void rule__DataType__Alternatives() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:1694:1: ( ( ( rule__DataType__Group_0__0 ) ) | ( ( rule__DataType__Group_1__0 ) ) | ( ( rule__DataType__Group_2__0 ) ) )
            int alt9=3;
            switch ( input.LA(1) ) {
            case 36:
            case 37:
            case 38:
            case 39:
            case 40:
            case 41:
            case 42:
            case 43:
                {
                alt9=1;
                }
                break;
            case 83:
                {
                alt9=2;
                }
                break;
            case 86:
                {
                alt9=3;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 9, 0, input);

                throw nvae;
            }

            switch (alt9) {
                case 1 :
                    // InternalTwin.g:1695:2: ( ( rule__DataType__Group_0__0 ) )
                    {
                    // InternalTwin.g:1695:2: ( ( rule__DataType__Group_0__0 ) )
                    // InternalTwin.g:1696:3: ( rule__DataType__Group_0__0 )
                    {
                     before(grammarAccess.getDataTypeAccess().getGroup_0()); 
                    // InternalTwin.g:1697:3: ( rule__DataType__Group_0__0 )
                    // InternalTwin.g:1697:4: rule__DataType__Group_0__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__DataType__Group_0__0();

                    state._fsp--;


                    }

                     after(grammarAccess.getDataTypeAccess().getGroup_0()); 

                    }


                    }
                    break;
                case 2 :
                    // InternalTwin.g:1701:2: ( ( rule__DataType__Group_1__0 ) )
                    {
                    // InternalTwin.g:1701:2: ( ( rule__DataType__Group_1__0 ) )
                    // InternalTwin.g:1702:3: ( rule__DataType__Group_1__0 )
                    {
                     before(grammarAccess.getDataTypeAccess().getGroup_1()); 
                    // InternalTwin.g:1703:3: ( rule__DataType__Group_1__0 )
                    // InternalTwin.g:1703:4: rule__DataType__Group_1__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__DataType__Group_1__0();

                    state._fsp--;


                    }

                     after(grammarAccess.getDataTypeAccess().getGroup_1()); 

                    }


                    }
                    break;
                case 3 :
                    // InternalTwin.g:1707:2: ( ( rule__DataType__Group_2__0 ) )
                    {
                    // InternalTwin.g:1707:2: ( ( rule__DataType__Group_2__0 ) )
                    // InternalTwin.g:1708:3: ( rule__DataType__Group_2__0 )
                    {
                     before(grammarAccess.getDataTypeAccess().getGroup_2()); 
                    // InternalTwin.g:1709:3: ( rule__DataType__Group_2__0 )
                    // InternalTwin.g:1709:4: rule__DataType__Group_2__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__DataType__Group_2__0();

                    state._fsp--;


                    }

                     after(grammarAccess.getDataTypeAccess().getGroup_2()); 

                    }


                    }
                    break;

            }
        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__DataType__Alternatives"


    // $ANTLR start "rule__MappingOption__Alternatives"
    // InternalTwin.g:1717:1: rule__MappingOption__Alternatives : ( ( ruleScaleOption ) | ( ruleOffsetOption ) | ( ruleUnitOption ) | ( ruleValidOption ) | ( ruleDeadbandOption ) | ( ruleByteOrderSetting ) | ( ruleWordOrderSetting ) );
    public final void rule__MappingOption__Alternatives() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:1721:1: ( ( ruleScaleOption ) | ( ruleOffsetOption ) | ( ruleUnitOption ) | ( ruleValidOption ) | ( ruleDeadbandOption ) | ( ruleByteOrderSetting ) | ( ruleWordOrderSetting ) )
            int alt10=7;
            switch ( input.LA(1) ) {
            case 87:
                {
                alt10=1;
                }
                break;
            case 88:
                {
                alt10=2;
                }
                break;
            case 89:
                {
                alt10=3;
                }
                break;
            case 90:
                {
                alt10=4;
                }
                break;
            case 92:
                {
                alt10=5;
                }
                break;
            case 63:
                {
                alt10=6;
                }
                break;
            case 65:
                {
                alt10=7;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 10, 0, input);

                throw nvae;
            }

            switch (alt10) {
                case 1 :
                    // InternalTwin.g:1722:2: ( ruleScaleOption )
                    {
                    // InternalTwin.g:1722:2: ( ruleScaleOption )
                    // InternalTwin.g:1723:3: ruleScaleOption
                    {
                     before(grammarAccess.getMappingOptionAccess().getScaleOptionParserRuleCall_0()); 
                    pushFollow(FOLLOW_2);
                    ruleScaleOption();

                    state._fsp--;

                     after(grammarAccess.getMappingOptionAccess().getScaleOptionParserRuleCall_0()); 

                    }


                    }
                    break;
                case 2 :
                    // InternalTwin.g:1728:2: ( ruleOffsetOption )
                    {
                    // InternalTwin.g:1728:2: ( ruleOffsetOption )
                    // InternalTwin.g:1729:3: ruleOffsetOption
                    {
                     before(grammarAccess.getMappingOptionAccess().getOffsetOptionParserRuleCall_1()); 
                    pushFollow(FOLLOW_2);
                    ruleOffsetOption();

                    state._fsp--;

                     after(grammarAccess.getMappingOptionAccess().getOffsetOptionParserRuleCall_1()); 

                    }


                    }
                    break;
                case 3 :
                    // InternalTwin.g:1734:2: ( ruleUnitOption )
                    {
                    // InternalTwin.g:1734:2: ( ruleUnitOption )
                    // InternalTwin.g:1735:3: ruleUnitOption
                    {
                     before(grammarAccess.getMappingOptionAccess().getUnitOptionParserRuleCall_2()); 
                    pushFollow(FOLLOW_2);
                    ruleUnitOption();

                    state._fsp--;

                     after(grammarAccess.getMappingOptionAccess().getUnitOptionParserRuleCall_2()); 

                    }


                    }
                    break;
                case 4 :
                    // InternalTwin.g:1740:2: ( ruleValidOption )
                    {
                    // InternalTwin.g:1740:2: ( ruleValidOption )
                    // InternalTwin.g:1741:3: ruleValidOption
                    {
                     before(grammarAccess.getMappingOptionAccess().getValidOptionParserRuleCall_3()); 
                    pushFollow(FOLLOW_2);
                    ruleValidOption();

                    state._fsp--;

                     after(grammarAccess.getMappingOptionAccess().getValidOptionParserRuleCall_3()); 

                    }


                    }
                    break;
                case 5 :
                    // InternalTwin.g:1746:2: ( ruleDeadbandOption )
                    {
                    // InternalTwin.g:1746:2: ( ruleDeadbandOption )
                    // InternalTwin.g:1747:3: ruleDeadbandOption
                    {
                     before(grammarAccess.getMappingOptionAccess().getDeadbandOptionParserRuleCall_4()); 
                    pushFollow(FOLLOW_2);
                    ruleDeadbandOption();

                    state._fsp--;

                     after(grammarAccess.getMappingOptionAccess().getDeadbandOptionParserRuleCall_4()); 

                    }


                    }
                    break;
                case 6 :
                    // InternalTwin.g:1752:2: ( ruleByteOrderSetting )
                    {
                    // InternalTwin.g:1752:2: ( ruleByteOrderSetting )
                    // InternalTwin.g:1753:3: ruleByteOrderSetting
                    {
                     before(grammarAccess.getMappingOptionAccess().getByteOrderSettingParserRuleCall_5()); 
                    pushFollow(FOLLOW_2);
                    ruleByteOrderSetting();

                    state._fsp--;

                     after(grammarAccess.getMappingOptionAccess().getByteOrderSettingParserRuleCall_5()); 

                    }


                    }
                    break;
                case 7 :
                    // InternalTwin.g:1758:2: ( ruleWordOrderSetting )
                    {
                    // InternalTwin.g:1758:2: ( ruleWordOrderSetting )
                    // InternalTwin.g:1759:3: ruleWordOrderSetting
                    {
                     before(grammarAccess.getMappingOptionAccess().getWordOrderSettingParserRuleCall_6()); 
                    pushFollow(FOLLOW_2);
                    ruleWordOrderSetting();

                    state._fsp--;

                     after(grammarAccess.getMappingOptionAccess().getWordOrderSettingParserRuleCall_6()); 

                    }


                    }
                    break;

            }
        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__MappingOption__Alternatives"


    // $ANTLR start "rule__AlignTarget__Alternatives"
    // InternalTwin.g:1768:1: rule__AlignTarget__Alternatives : ( ( ( rule__AlignTarget__Group_0__0 ) ) | ( ( rule__AlignTarget__Group_1__0 ) ) );
    public final void rule__AlignTarget__Alternatives() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:1772:1: ( ( ( rule__AlignTarget__Group_0__0 ) ) | ( ( rule__AlignTarget__Group_1__0 ) ) )
            int alt11=2;
            alt11 = dfa11.predict(input);
            switch (alt11) {
                case 1 :
                    // InternalTwin.g:1773:2: ( ( rule__AlignTarget__Group_0__0 ) )
                    {
                    // InternalTwin.g:1773:2: ( ( rule__AlignTarget__Group_0__0 ) )
                    // InternalTwin.g:1774:3: ( rule__AlignTarget__Group_0__0 )
                    {
                     before(grammarAccess.getAlignTargetAccess().getGroup_0()); 
                    // InternalTwin.g:1775:3: ( rule__AlignTarget__Group_0__0 )
                    // InternalTwin.g:1775:4: rule__AlignTarget__Group_0__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__AlignTarget__Group_0__0();

                    state._fsp--;


                    }

                     after(grammarAccess.getAlignTargetAccess().getGroup_0()); 

                    }


                    }
                    break;
                case 2 :
                    // InternalTwin.g:1779:2: ( ( rule__AlignTarget__Group_1__0 ) )
                    {
                    // InternalTwin.g:1779:2: ( ( rule__AlignTarget__Group_1__0 ) )
                    // InternalTwin.g:1780:3: ( rule__AlignTarget__Group_1__0 )
                    {
                     before(grammarAccess.getAlignTargetAccess().getGroup_1()); 
                    // InternalTwin.g:1781:3: ( rule__AlignTarget__Group_1__0 )
                    // InternalTwin.g:1781:4: rule__AlignTarget__Group_1__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__AlignTarget__Group_1__0();

                    state._fsp--;


                    }

                     after(grammarAccess.getAlignTargetAccess().getGroup_1()); 

                    }


                    }
                    break;

            }
        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__AlignTarget__Alternatives"


    // $ANTLR start "rule__Behaviour__Alternatives"
    // InternalTwin.g:1789:1: rule__Behaviour__Alternatives : ( ( ruleAlarm ) | ( ruleOvershoot ) | ( ruleEnergy ) | ( ruleVerdict ) );
    public final void rule__Behaviour__Alternatives() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:1793:1: ( ( ruleAlarm ) | ( ruleOvershoot ) | ( ruleEnergy ) | ( ruleVerdict ) )
            int alt12=4;
            switch ( input.LA(1) ) {
            case 100:
                {
                alt12=1;
                }
                break;
            case 104:
                {
                alt12=2;
                }
                break;
            case 106:
                {
                alt12=3;
                }
                break;
            case 109:
                {
                alt12=4;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 12, 0, input);

                throw nvae;
            }

            switch (alt12) {
                case 1 :
                    // InternalTwin.g:1794:2: ( ruleAlarm )
                    {
                    // InternalTwin.g:1794:2: ( ruleAlarm )
                    // InternalTwin.g:1795:3: ruleAlarm
                    {
                     before(grammarAccess.getBehaviourAccess().getAlarmParserRuleCall_0()); 
                    pushFollow(FOLLOW_2);
                    ruleAlarm();

                    state._fsp--;

                     after(grammarAccess.getBehaviourAccess().getAlarmParserRuleCall_0()); 

                    }


                    }
                    break;
                case 2 :
                    // InternalTwin.g:1800:2: ( ruleOvershoot )
                    {
                    // InternalTwin.g:1800:2: ( ruleOvershoot )
                    // InternalTwin.g:1801:3: ruleOvershoot
                    {
                     before(grammarAccess.getBehaviourAccess().getOvershootParserRuleCall_1()); 
                    pushFollow(FOLLOW_2);
                    ruleOvershoot();

                    state._fsp--;

                     after(grammarAccess.getBehaviourAccess().getOvershootParserRuleCall_1()); 

                    }


                    }
                    break;
                case 3 :
                    // InternalTwin.g:1806:2: ( ruleEnergy )
                    {
                    // InternalTwin.g:1806:2: ( ruleEnergy )
                    // InternalTwin.g:1807:3: ruleEnergy
                    {
                     before(grammarAccess.getBehaviourAccess().getEnergyParserRuleCall_2()); 
                    pushFollow(FOLLOW_2);
                    ruleEnergy();

                    state._fsp--;

                     after(grammarAccess.getBehaviourAccess().getEnergyParserRuleCall_2()); 

                    }


                    }
                    break;
                case 4 :
                    // InternalTwin.g:1812:2: ( ruleVerdict )
                    {
                    // InternalTwin.g:1812:2: ( ruleVerdict )
                    // InternalTwin.g:1813:3: ruleVerdict
                    {
                     before(grammarAccess.getBehaviourAccess().getVerdictParserRuleCall_3()); 
                    pushFollow(FOLLOW_2);
                    ruleVerdict();

                    state._fsp--;

                     after(grammarAccess.getBehaviourAccess().getVerdictParserRuleCall_3()); 

                    }


                    }
                    break;

            }
        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Behaviour__Alternatives"


    // $ANTLR start "rule__AlarmOption__Alternatives"
    // InternalTwin.g:1822:1: rule__AlarmOption__Alternatives : ( ( ( rule__AlarmOption__Group_0__0 ) ) | ( ( rule__AlarmOption__Group_1__0 ) ) | ( ( rule__AlarmOption__Group_2__0 ) ) );
    public final void rule__AlarmOption__Alternatives() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:1826:1: ( ( ( rule__AlarmOption__Group_0__0 ) ) | ( ( rule__AlarmOption__Group_1__0 ) ) | ( ( rule__AlarmOption__Group_2__0 ) ) )
            int alt13=3;
            switch ( input.LA(1) ) {
            case 101:
                {
                alt13=1;
                }
                break;
            case 102:
                {
                alt13=2;
                }
                break;
            case 103:
                {
                alt13=3;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 13, 0, input);

                throw nvae;
            }

            switch (alt13) {
                case 1 :
                    // InternalTwin.g:1827:2: ( ( rule__AlarmOption__Group_0__0 ) )
                    {
                    // InternalTwin.g:1827:2: ( ( rule__AlarmOption__Group_0__0 ) )
                    // InternalTwin.g:1828:3: ( rule__AlarmOption__Group_0__0 )
                    {
                     before(grammarAccess.getAlarmOptionAccess().getGroup_0()); 
                    // InternalTwin.g:1829:3: ( rule__AlarmOption__Group_0__0 )
                    // InternalTwin.g:1829:4: rule__AlarmOption__Group_0__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__AlarmOption__Group_0__0();

                    state._fsp--;


                    }

                     after(grammarAccess.getAlarmOptionAccess().getGroup_0()); 

                    }


                    }
                    break;
                case 2 :
                    // InternalTwin.g:1833:2: ( ( rule__AlarmOption__Group_1__0 ) )
                    {
                    // InternalTwin.g:1833:2: ( ( rule__AlarmOption__Group_1__0 ) )
                    // InternalTwin.g:1834:3: ( rule__AlarmOption__Group_1__0 )
                    {
                     before(grammarAccess.getAlarmOptionAccess().getGroup_1()); 
                    // InternalTwin.g:1835:3: ( rule__AlarmOption__Group_1__0 )
                    // InternalTwin.g:1835:4: rule__AlarmOption__Group_1__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__AlarmOption__Group_1__0();

                    state._fsp--;


                    }

                     after(grammarAccess.getAlarmOptionAccess().getGroup_1()); 

                    }


                    }
                    break;
                case 3 :
                    // InternalTwin.g:1839:2: ( ( rule__AlarmOption__Group_2__0 ) )
                    {
                    // InternalTwin.g:1839:2: ( ( rule__AlarmOption__Group_2__0 ) )
                    // InternalTwin.g:1840:3: ( rule__AlarmOption__Group_2__0 )
                    {
                     before(grammarAccess.getAlarmOptionAccess().getGroup_2()); 
                    // InternalTwin.g:1841:3: ( rule__AlarmOption__Group_2__0 )
                    // InternalTwin.g:1841:4: rule__AlarmOption__Group_2__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__AlarmOption__Group_2__0();

                    state._fsp--;


                    }

                     after(grammarAccess.getAlarmOptionAccess().getGroup_2()); 

                    }


                    }
                    break;

            }
        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__AlarmOption__Alternatives"


    // $ANTLR start "rule__UnitName__Alternatives"
    // InternalTwin.g:1849:1: rule__UnitName__Alternatives : ( ( RULE_ID ) | ( RULE_STRING ) | ( 'ms' ) | ( 's' ) | ( 'min' ) | ( 'h' ) );
    public final void rule__UnitName__Alternatives() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:1853:1: ( ( RULE_ID ) | ( RULE_STRING ) | ( 'ms' ) | ( 's' ) | ( 'min' ) | ( 'h' ) )
            int alt14=6;
            switch ( input.LA(1) ) {
            case RULE_ID:
                {
                alt14=1;
                }
                break;
            case RULE_STRING:
                {
                alt14=2;
                }
                break;
            case 12:
                {
                alt14=3;
                }
                break;
            case 13:
                {
                alt14=4;
                }
                break;
            case 14:
                {
                alt14=5;
                }
                break;
            case 15:
                {
                alt14=6;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 14, 0, input);

                throw nvae;
            }

            switch (alt14) {
                case 1 :
                    // InternalTwin.g:1854:2: ( RULE_ID )
                    {
                    // InternalTwin.g:1854:2: ( RULE_ID )
                    // InternalTwin.g:1855:3: RULE_ID
                    {
                     before(grammarAccess.getUnitNameAccess().getIDTerminalRuleCall_0()); 
                    match(input,RULE_ID,FOLLOW_2); 
                     after(grammarAccess.getUnitNameAccess().getIDTerminalRuleCall_0()); 

                    }


                    }
                    break;
                case 2 :
                    // InternalTwin.g:1860:2: ( RULE_STRING )
                    {
                    // InternalTwin.g:1860:2: ( RULE_STRING )
                    // InternalTwin.g:1861:3: RULE_STRING
                    {
                     before(grammarAccess.getUnitNameAccess().getSTRINGTerminalRuleCall_1()); 
                    match(input,RULE_STRING,FOLLOW_2); 
                     after(grammarAccess.getUnitNameAccess().getSTRINGTerminalRuleCall_1()); 

                    }


                    }
                    break;
                case 3 :
                    // InternalTwin.g:1866:2: ( 'ms' )
                    {
                    // InternalTwin.g:1866:2: ( 'ms' )
                    // InternalTwin.g:1867:3: 'ms'
                    {
                     before(grammarAccess.getUnitNameAccess().getMsKeyword_2()); 
                    match(input,12,FOLLOW_2); 
                     after(grammarAccess.getUnitNameAccess().getMsKeyword_2()); 

                    }


                    }
                    break;
                case 4 :
                    // InternalTwin.g:1872:2: ( 's' )
                    {
                    // InternalTwin.g:1872:2: ( 's' )
                    // InternalTwin.g:1873:3: 's'
                    {
                     before(grammarAccess.getUnitNameAccess().getSKeyword_3()); 
                    match(input,13,FOLLOW_2); 
                     after(grammarAccess.getUnitNameAccess().getSKeyword_3()); 

                    }


                    }
                    break;
                case 5 :
                    // InternalTwin.g:1878:2: ( 'min' )
                    {
                    // InternalTwin.g:1878:2: ( 'min' )
                    // InternalTwin.g:1879:3: 'min'
                    {
                     before(grammarAccess.getUnitNameAccess().getMinKeyword_4()); 
                    match(input,14,FOLLOW_2); 
                     after(grammarAccess.getUnitNameAccess().getMinKeyword_4()); 

                    }


                    }
                    break;
                case 6 :
                    // InternalTwin.g:1884:2: ( 'h' )
                    {
                    // InternalTwin.g:1884:2: ( 'h' )
                    // InternalTwin.g:1885:3: 'h'
                    {
                     before(grammarAccess.getUnitNameAccess().getHKeyword_5()); 
                    match(input,15,FOLLOW_2); 
                     after(grammarAccess.getUnitNameAccess().getHKeyword_5()); 

                    }


                    }
                    break;

            }
        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__UnitName__Alternatives"


    // $ANTLR start "rule__Endianness__Alternatives"
    // InternalTwin.g:1894:1: rule__Endianness__Alternatives : ( ( ( 'big' ) ) | ( ( 'little' ) ) );
    public final void rule__Endianness__Alternatives() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:1898:1: ( ( ( 'big' ) ) | ( ( 'little' ) ) )
            int alt15=2;
            int LA15_0 = input.LA(1);

            if ( (LA15_0==16) ) {
                alt15=1;
            }
            else if ( (LA15_0==17) ) {
                alt15=2;
            }
            else {
                NoViableAltException nvae =
                    new NoViableAltException("", 15, 0, input);

                throw nvae;
            }
            switch (alt15) {
                case 1 :
                    // InternalTwin.g:1899:2: ( ( 'big' ) )
                    {
                    // InternalTwin.g:1899:2: ( ( 'big' ) )
                    // InternalTwin.g:1900:3: ( 'big' )
                    {
                     before(grammarAccess.getEndiannessAccess().getBIGEnumLiteralDeclaration_0()); 
                    // InternalTwin.g:1901:3: ( 'big' )
                    // InternalTwin.g:1901:4: 'big'
                    {
                    match(input,16,FOLLOW_2); 

                    }

                     after(grammarAccess.getEndiannessAccess().getBIGEnumLiteralDeclaration_0()); 

                    }


                    }
                    break;
                case 2 :
                    // InternalTwin.g:1905:2: ( ( 'little' ) )
                    {
                    // InternalTwin.g:1905:2: ( ( 'little' ) )
                    // InternalTwin.g:1906:3: ( 'little' )
                    {
                     before(grammarAccess.getEndiannessAccess().getLITTLEEnumLiteralDeclaration_1()); 
                    // InternalTwin.g:1907:3: ( 'little' )
                    // InternalTwin.g:1907:4: 'little'
                    {
                    match(input,17,FOLLOW_2); 

                    }

                     after(grammarAccess.getEndiannessAccess().getLITTLEEnumLiteralDeclaration_1()); 

                    }


                    }
                    break;

            }
        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Endianness__Alternatives"


    // $ANTLR start "rule__AddressBase__Alternatives"
    // InternalTwin.g:1915:1: rule__AddressBase__Alternatives : ( ( ( 'one-based' ) ) | ( ( 'zero-based' ) ) );
    public final void rule__AddressBase__Alternatives() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:1919:1: ( ( ( 'one-based' ) ) | ( ( 'zero-based' ) ) )
            int alt16=2;
            int LA16_0 = input.LA(1);

            if ( (LA16_0==18) ) {
                alt16=1;
            }
            else if ( (LA16_0==19) ) {
                alt16=2;
            }
            else {
                NoViableAltException nvae =
                    new NoViableAltException("", 16, 0, input);

                throw nvae;
            }
            switch (alt16) {
                case 1 :
                    // InternalTwin.g:1920:2: ( ( 'one-based' ) )
                    {
                    // InternalTwin.g:1920:2: ( ( 'one-based' ) )
                    // InternalTwin.g:1921:3: ( 'one-based' )
                    {
                     before(grammarAccess.getAddressBaseAccess().getONE_BASEDEnumLiteralDeclaration_0()); 
                    // InternalTwin.g:1922:3: ( 'one-based' )
                    // InternalTwin.g:1922:4: 'one-based'
                    {
                    match(input,18,FOLLOW_2); 

                    }

                     after(grammarAccess.getAddressBaseAccess().getONE_BASEDEnumLiteralDeclaration_0()); 

                    }


                    }
                    break;
                case 2 :
                    // InternalTwin.g:1926:2: ( ( 'zero-based' ) )
                    {
                    // InternalTwin.g:1926:2: ( ( 'zero-based' ) )
                    // InternalTwin.g:1927:3: ( 'zero-based' )
                    {
                     before(grammarAccess.getAddressBaseAccess().getZERO_BASEDEnumLiteralDeclaration_1()); 
                    // InternalTwin.g:1928:3: ( 'zero-based' )
                    // InternalTwin.g:1928:4: 'zero-based'
                    {
                    match(input,19,FOLLOW_2); 

                    }

                     after(grammarAccess.getAddressBaseAccess().getZERO_BASEDEnumLiteralDeclaration_1()); 

                    }


                    }
                    break;

            }
        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__AddressBase__Alternatives"


    // $ANTLR start "rule__SecurityPolicy__Alternatives"
    // InternalTwin.g:1936:1: rule__SecurityPolicy__Alternatives : ( ( ( 'None' ) ) | ( ( 'Basic128Rsa15' ) ) | ( ( 'Basic256' ) ) | ( ( 'Basic256Sha256' ) ) | ( ( 'Aes128_Sha256_RsaOaep' ) ) | ( ( 'Aes256_Sha256_RsaPss' ) ) );
    public final void rule__SecurityPolicy__Alternatives() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:1940:1: ( ( ( 'None' ) ) | ( ( 'Basic128Rsa15' ) ) | ( ( 'Basic256' ) ) | ( ( 'Basic256Sha256' ) ) | ( ( 'Aes128_Sha256_RsaOaep' ) ) | ( ( 'Aes256_Sha256_RsaPss' ) ) )
            int alt17=6;
            switch ( input.LA(1) ) {
            case 20:
                {
                alt17=1;
                }
                break;
            case 21:
                {
                alt17=2;
                }
                break;
            case 22:
                {
                alt17=3;
                }
                break;
            case 23:
                {
                alt17=4;
                }
                break;
            case 24:
                {
                alt17=5;
                }
                break;
            case 25:
                {
                alt17=6;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 17, 0, input);

                throw nvae;
            }

            switch (alt17) {
                case 1 :
                    // InternalTwin.g:1941:2: ( ( 'None' ) )
                    {
                    // InternalTwin.g:1941:2: ( ( 'None' ) )
                    // InternalTwin.g:1942:3: ( 'None' )
                    {
                     before(grammarAccess.getSecurityPolicyAccess().getNONEEnumLiteralDeclaration_0()); 
                    // InternalTwin.g:1943:3: ( 'None' )
                    // InternalTwin.g:1943:4: 'None'
                    {
                    match(input,20,FOLLOW_2); 

                    }

                     after(grammarAccess.getSecurityPolicyAccess().getNONEEnumLiteralDeclaration_0()); 

                    }


                    }
                    break;
                case 2 :
                    // InternalTwin.g:1947:2: ( ( 'Basic128Rsa15' ) )
                    {
                    // InternalTwin.g:1947:2: ( ( 'Basic128Rsa15' ) )
                    // InternalTwin.g:1948:3: ( 'Basic128Rsa15' )
                    {
                     before(grammarAccess.getSecurityPolicyAccess().getBASIC128_RSA15EnumLiteralDeclaration_1()); 
                    // InternalTwin.g:1949:3: ( 'Basic128Rsa15' )
                    // InternalTwin.g:1949:4: 'Basic128Rsa15'
                    {
                    match(input,21,FOLLOW_2); 

                    }

                     after(grammarAccess.getSecurityPolicyAccess().getBASIC128_RSA15EnumLiteralDeclaration_1()); 

                    }


                    }
                    break;
                case 3 :
                    // InternalTwin.g:1953:2: ( ( 'Basic256' ) )
                    {
                    // InternalTwin.g:1953:2: ( ( 'Basic256' ) )
                    // InternalTwin.g:1954:3: ( 'Basic256' )
                    {
                     before(grammarAccess.getSecurityPolicyAccess().getBASIC256EnumLiteralDeclaration_2()); 
                    // InternalTwin.g:1955:3: ( 'Basic256' )
                    // InternalTwin.g:1955:4: 'Basic256'
                    {
                    match(input,22,FOLLOW_2); 

                    }

                     after(grammarAccess.getSecurityPolicyAccess().getBASIC256EnumLiteralDeclaration_2()); 

                    }


                    }
                    break;
                case 4 :
                    // InternalTwin.g:1959:2: ( ( 'Basic256Sha256' ) )
                    {
                    // InternalTwin.g:1959:2: ( ( 'Basic256Sha256' ) )
                    // InternalTwin.g:1960:3: ( 'Basic256Sha256' )
                    {
                     before(grammarAccess.getSecurityPolicyAccess().getBASIC256_SHA256EnumLiteralDeclaration_3()); 
                    // InternalTwin.g:1961:3: ( 'Basic256Sha256' )
                    // InternalTwin.g:1961:4: 'Basic256Sha256'
                    {
                    match(input,23,FOLLOW_2); 

                    }

                     after(grammarAccess.getSecurityPolicyAccess().getBASIC256_SHA256EnumLiteralDeclaration_3()); 

                    }


                    }
                    break;
                case 5 :
                    // InternalTwin.g:1965:2: ( ( 'Aes128_Sha256_RsaOaep' ) )
                    {
                    // InternalTwin.g:1965:2: ( ( 'Aes128_Sha256_RsaOaep' ) )
                    // InternalTwin.g:1966:3: ( 'Aes128_Sha256_RsaOaep' )
                    {
                     before(grammarAccess.getSecurityPolicyAccess().getAES128_SHA256_RSA_OAEPEnumLiteralDeclaration_4()); 
                    // InternalTwin.g:1967:3: ( 'Aes128_Sha256_RsaOaep' )
                    // InternalTwin.g:1967:4: 'Aes128_Sha256_RsaOaep'
                    {
                    match(input,24,FOLLOW_2); 

                    }

                     after(grammarAccess.getSecurityPolicyAccess().getAES128_SHA256_RSA_OAEPEnumLiteralDeclaration_4()); 

                    }


                    }
                    break;
                case 6 :
                    // InternalTwin.g:1971:2: ( ( 'Aes256_Sha256_RsaPss' ) )
                    {
                    // InternalTwin.g:1971:2: ( ( 'Aes256_Sha256_RsaPss' ) )
                    // InternalTwin.g:1972:3: ( 'Aes256_Sha256_RsaPss' )
                    {
                     before(grammarAccess.getSecurityPolicyAccess().getAES256_SHA256_RSA_PSSEnumLiteralDeclaration_5()); 
                    // InternalTwin.g:1973:3: ( 'Aes256_Sha256_RsaPss' )
                    // InternalTwin.g:1973:4: 'Aes256_Sha256_RsaPss'
                    {
                    match(input,25,FOLLOW_2); 

                    }

                     after(grammarAccess.getSecurityPolicyAccess().getAES256_SHA256_RSA_PSSEnumLiteralDeclaration_5()); 

                    }


                    }
                    break;

            }
        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__SecurityPolicy__Alternatives"


    // $ANTLR start "rule__SecurityMode__Alternatives"
    // InternalTwin.g:1981:1: rule__SecurityMode__Alternatives : ( ( ( 'none' ) ) | ( ( 'sign' ) ) | ( ( 'sign-and-encrypt' ) ) );
    public final void rule__SecurityMode__Alternatives() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:1985:1: ( ( ( 'none' ) ) | ( ( 'sign' ) ) | ( ( 'sign-and-encrypt' ) ) )
            int alt18=3;
            switch ( input.LA(1) ) {
            case 26:
                {
                alt18=1;
                }
                break;
            case 27:
                {
                alt18=2;
                }
                break;
            case 28:
                {
                alt18=3;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 18, 0, input);

                throw nvae;
            }

            switch (alt18) {
                case 1 :
                    // InternalTwin.g:1986:2: ( ( 'none' ) )
                    {
                    // InternalTwin.g:1986:2: ( ( 'none' ) )
                    // InternalTwin.g:1987:3: ( 'none' )
                    {
                     before(grammarAccess.getSecurityModeAccess().getNONEEnumLiteralDeclaration_0()); 
                    // InternalTwin.g:1988:3: ( 'none' )
                    // InternalTwin.g:1988:4: 'none'
                    {
                    match(input,26,FOLLOW_2); 

                    }

                     after(grammarAccess.getSecurityModeAccess().getNONEEnumLiteralDeclaration_0()); 

                    }


                    }
                    break;
                case 2 :
                    // InternalTwin.g:1992:2: ( ( 'sign' ) )
                    {
                    // InternalTwin.g:1992:2: ( ( 'sign' ) )
                    // InternalTwin.g:1993:3: ( 'sign' )
                    {
                     before(grammarAccess.getSecurityModeAccess().getSIGNEnumLiteralDeclaration_1()); 
                    // InternalTwin.g:1994:3: ( 'sign' )
                    // InternalTwin.g:1994:4: 'sign'
                    {
                    match(input,27,FOLLOW_2); 

                    }

                     after(grammarAccess.getSecurityModeAccess().getSIGNEnumLiteralDeclaration_1()); 

                    }


                    }
                    break;
                case 3 :
                    // InternalTwin.g:1998:2: ( ( 'sign-and-encrypt' ) )
                    {
                    // InternalTwin.g:1998:2: ( ( 'sign-and-encrypt' ) )
                    // InternalTwin.g:1999:3: ( 'sign-and-encrypt' )
                    {
                     before(grammarAccess.getSecurityModeAccess().getSIGN_AND_ENCRYPTEnumLiteralDeclaration_2()); 
                    // InternalTwin.g:2000:3: ( 'sign-and-encrypt' )
                    // InternalTwin.g:2000:4: 'sign-and-encrypt'
                    {
                    match(input,28,FOLLOW_2); 

                    }

                     after(grammarAccess.getSecurityModeAccess().getSIGN_AND_ENCRYPTEnumLiteralDeclaration_2()); 

                    }


                    }
                    break;

            }
        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__SecurityMode__Alternatives"


    // $ANTLR start "rule__RegisterSpace__Alternatives"
    // InternalTwin.g:2008:1: rule__RegisterSpace__Alternatives : ( ( ( 'coil' ) ) | ( ( 'discrete' ) ) | ( ( 'input' ) ) | ( ( 'holding' ) ) );
    public final void rule__RegisterSpace__Alternatives() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:2012:1: ( ( ( 'coil' ) ) | ( ( 'discrete' ) ) | ( ( 'input' ) ) | ( ( 'holding' ) ) )
            int alt19=4;
            switch ( input.LA(1) ) {
            case 29:
                {
                alt19=1;
                }
                break;
            case 30:
                {
                alt19=2;
                }
                break;
            case 31:
                {
                alt19=3;
                }
                break;
            case 32:
                {
                alt19=4;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 19, 0, input);

                throw nvae;
            }

            switch (alt19) {
                case 1 :
                    // InternalTwin.g:2013:2: ( ( 'coil' ) )
                    {
                    // InternalTwin.g:2013:2: ( ( 'coil' ) )
                    // InternalTwin.g:2014:3: ( 'coil' )
                    {
                     before(grammarAccess.getRegisterSpaceAccess().getCOILEnumLiteralDeclaration_0()); 
                    // InternalTwin.g:2015:3: ( 'coil' )
                    // InternalTwin.g:2015:4: 'coil'
                    {
                    match(input,29,FOLLOW_2); 

                    }

                     after(grammarAccess.getRegisterSpaceAccess().getCOILEnumLiteralDeclaration_0()); 

                    }


                    }
                    break;
                case 2 :
                    // InternalTwin.g:2019:2: ( ( 'discrete' ) )
                    {
                    // InternalTwin.g:2019:2: ( ( 'discrete' ) )
                    // InternalTwin.g:2020:3: ( 'discrete' )
                    {
                     before(grammarAccess.getRegisterSpaceAccess().getDISCRETEEnumLiteralDeclaration_1()); 
                    // InternalTwin.g:2021:3: ( 'discrete' )
                    // InternalTwin.g:2021:4: 'discrete'
                    {
                    match(input,30,FOLLOW_2); 

                    }

                     after(grammarAccess.getRegisterSpaceAccess().getDISCRETEEnumLiteralDeclaration_1()); 

                    }


                    }
                    break;
                case 3 :
                    // InternalTwin.g:2025:2: ( ( 'input' ) )
                    {
                    // InternalTwin.g:2025:2: ( ( 'input' ) )
                    // InternalTwin.g:2026:3: ( 'input' )
                    {
                     before(grammarAccess.getRegisterSpaceAccess().getINPUTEnumLiteralDeclaration_2()); 
                    // InternalTwin.g:2027:3: ( 'input' )
                    // InternalTwin.g:2027:4: 'input'
                    {
                    match(input,31,FOLLOW_2); 

                    }

                     after(grammarAccess.getRegisterSpaceAccess().getINPUTEnumLiteralDeclaration_2()); 

                    }


                    }
                    break;
                case 4 :
                    // InternalTwin.g:2031:2: ( ( 'holding' ) )
                    {
                    // InternalTwin.g:2031:2: ( ( 'holding' ) )
                    // InternalTwin.g:2032:3: ( 'holding' )
                    {
                     before(grammarAccess.getRegisterSpaceAccess().getHOLDINGEnumLiteralDeclaration_3()); 
                    // InternalTwin.g:2033:3: ( 'holding' )
                    // InternalTwin.g:2033:4: 'holding'
                    {
                    match(input,32,FOLLOW_2); 

                    }

                     after(grammarAccess.getRegisterSpaceAccess().getHOLDINGEnumLiteralDeclaration_3()); 

                    }


                    }
                    break;

            }
        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__RegisterSpace__Alternatives"


    // $ANTLR start "rule__Plc4xSpace__Alternatives"
    // InternalTwin.g:2041:1: rule__Plc4xSpace__Alternatives : ( ( ( 'coil' ) ) | ( ( 'discrete-input' ) ) | ( ( 'input-register' ) ) | ( ( 'holding-register' ) ) );
    public final void rule__Plc4xSpace__Alternatives() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:2045:1: ( ( ( 'coil' ) ) | ( ( 'discrete-input' ) ) | ( ( 'input-register' ) ) | ( ( 'holding-register' ) ) )
            int alt20=4;
            switch ( input.LA(1) ) {
            case 29:
                {
                alt20=1;
                }
                break;
            case 33:
                {
                alt20=2;
                }
                break;
            case 34:
                {
                alt20=3;
                }
                break;
            case 35:
                {
                alt20=4;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 20, 0, input);

                throw nvae;
            }

            switch (alt20) {
                case 1 :
                    // InternalTwin.g:2046:2: ( ( 'coil' ) )
                    {
                    // InternalTwin.g:2046:2: ( ( 'coil' ) )
                    // InternalTwin.g:2047:3: ( 'coil' )
                    {
                     before(grammarAccess.getPlc4xSpaceAccess().getCOILEnumLiteralDeclaration_0()); 
                    // InternalTwin.g:2048:3: ( 'coil' )
                    // InternalTwin.g:2048:4: 'coil'
                    {
                    match(input,29,FOLLOW_2); 

                    }

                     after(grammarAccess.getPlc4xSpaceAccess().getCOILEnumLiteralDeclaration_0()); 

                    }


                    }
                    break;
                case 2 :
                    // InternalTwin.g:2052:2: ( ( 'discrete-input' ) )
                    {
                    // InternalTwin.g:2052:2: ( ( 'discrete-input' ) )
                    // InternalTwin.g:2053:3: ( 'discrete-input' )
                    {
                     before(grammarAccess.getPlc4xSpaceAccess().getDISCRETEEnumLiteralDeclaration_1()); 
                    // InternalTwin.g:2054:3: ( 'discrete-input' )
                    // InternalTwin.g:2054:4: 'discrete-input'
                    {
                    match(input,33,FOLLOW_2); 

                    }

                     after(grammarAccess.getPlc4xSpaceAccess().getDISCRETEEnumLiteralDeclaration_1()); 

                    }


                    }
                    break;
                case 3 :
                    // InternalTwin.g:2058:2: ( ( 'input-register' ) )
                    {
                    // InternalTwin.g:2058:2: ( ( 'input-register' ) )
                    // InternalTwin.g:2059:3: ( 'input-register' )
                    {
                     before(grammarAccess.getPlc4xSpaceAccess().getINPUTEnumLiteralDeclaration_2()); 
                    // InternalTwin.g:2060:3: ( 'input-register' )
                    // InternalTwin.g:2060:4: 'input-register'
                    {
                    match(input,34,FOLLOW_2); 

                    }

                     after(grammarAccess.getPlc4xSpaceAccess().getINPUTEnumLiteralDeclaration_2()); 

                    }


                    }
                    break;
                case 4 :
                    // InternalTwin.g:2064:2: ( ( 'holding-register' ) )
                    {
                    // InternalTwin.g:2064:2: ( ( 'holding-register' ) )
                    // InternalTwin.g:2065:3: ( 'holding-register' )
                    {
                     before(grammarAccess.getPlc4xSpaceAccess().getHOLDINGEnumLiteralDeclaration_3()); 
                    // InternalTwin.g:2066:3: ( 'holding-register' )
                    // InternalTwin.g:2066:4: 'holding-register'
                    {
                    match(input,35,FOLLOW_2); 

                    }

                     after(grammarAccess.getPlc4xSpaceAccess().getHOLDINGEnumLiteralDeclaration_3()); 

                    }


                    }
                    break;

            }
        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plc4xSpace__Alternatives"


    // $ANTLR start "rule__ScalarKind__Alternatives"
    // InternalTwin.g:2074:1: rule__ScalarKind__Alternatives : ( ( ( 'bool' ) ) | ( ( 'int16' ) ) | ( ( 'uint16' ) ) | ( ( 'int32' ) ) | ( ( 'uint32' ) ) | ( ( 'float32' ) ) | ( ( 'int64' ) ) | ( ( 'float64' ) ) );
    public final void rule__ScalarKind__Alternatives() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:2078:1: ( ( ( 'bool' ) ) | ( ( 'int16' ) ) | ( ( 'uint16' ) ) | ( ( 'int32' ) ) | ( ( 'uint32' ) ) | ( ( 'float32' ) ) | ( ( 'int64' ) ) | ( ( 'float64' ) ) )
            int alt21=8;
            switch ( input.LA(1) ) {
            case 36:
                {
                alt21=1;
                }
                break;
            case 37:
                {
                alt21=2;
                }
                break;
            case 38:
                {
                alt21=3;
                }
                break;
            case 39:
                {
                alt21=4;
                }
                break;
            case 40:
                {
                alt21=5;
                }
                break;
            case 41:
                {
                alt21=6;
                }
                break;
            case 42:
                {
                alt21=7;
                }
                break;
            case 43:
                {
                alt21=8;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 21, 0, input);

                throw nvae;
            }

            switch (alt21) {
                case 1 :
                    // InternalTwin.g:2079:2: ( ( 'bool' ) )
                    {
                    // InternalTwin.g:2079:2: ( ( 'bool' ) )
                    // InternalTwin.g:2080:3: ( 'bool' )
                    {
                     before(grammarAccess.getScalarKindAccess().getBOOLEnumLiteralDeclaration_0()); 
                    // InternalTwin.g:2081:3: ( 'bool' )
                    // InternalTwin.g:2081:4: 'bool'
                    {
                    match(input,36,FOLLOW_2); 

                    }

                     after(grammarAccess.getScalarKindAccess().getBOOLEnumLiteralDeclaration_0()); 

                    }


                    }
                    break;
                case 2 :
                    // InternalTwin.g:2085:2: ( ( 'int16' ) )
                    {
                    // InternalTwin.g:2085:2: ( ( 'int16' ) )
                    // InternalTwin.g:2086:3: ( 'int16' )
                    {
                     before(grammarAccess.getScalarKindAccess().getINT16EnumLiteralDeclaration_1()); 
                    // InternalTwin.g:2087:3: ( 'int16' )
                    // InternalTwin.g:2087:4: 'int16'
                    {
                    match(input,37,FOLLOW_2); 

                    }

                     after(grammarAccess.getScalarKindAccess().getINT16EnumLiteralDeclaration_1()); 

                    }


                    }
                    break;
                case 3 :
                    // InternalTwin.g:2091:2: ( ( 'uint16' ) )
                    {
                    // InternalTwin.g:2091:2: ( ( 'uint16' ) )
                    // InternalTwin.g:2092:3: ( 'uint16' )
                    {
                     before(grammarAccess.getScalarKindAccess().getUINT16EnumLiteralDeclaration_2()); 
                    // InternalTwin.g:2093:3: ( 'uint16' )
                    // InternalTwin.g:2093:4: 'uint16'
                    {
                    match(input,38,FOLLOW_2); 

                    }

                     after(grammarAccess.getScalarKindAccess().getUINT16EnumLiteralDeclaration_2()); 

                    }


                    }
                    break;
                case 4 :
                    // InternalTwin.g:2097:2: ( ( 'int32' ) )
                    {
                    // InternalTwin.g:2097:2: ( ( 'int32' ) )
                    // InternalTwin.g:2098:3: ( 'int32' )
                    {
                     before(grammarAccess.getScalarKindAccess().getINT32EnumLiteralDeclaration_3()); 
                    // InternalTwin.g:2099:3: ( 'int32' )
                    // InternalTwin.g:2099:4: 'int32'
                    {
                    match(input,39,FOLLOW_2); 

                    }

                     after(grammarAccess.getScalarKindAccess().getINT32EnumLiteralDeclaration_3()); 

                    }


                    }
                    break;
                case 5 :
                    // InternalTwin.g:2103:2: ( ( 'uint32' ) )
                    {
                    // InternalTwin.g:2103:2: ( ( 'uint32' ) )
                    // InternalTwin.g:2104:3: ( 'uint32' )
                    {
                     before(grammarAccess.getScalarKindAccess().getUINT32EnumLiteralDeclaration_4()); 
                    // InternalTwin.g:2105:3: ( 'uint32' )
                    // InternalTwin.g:2105:4: 'uint32'
                    {
                    match(input,40,FOLLOW_2); 

                    }

                     after(grammarAccess.getScalarKindAccess().getUINT32EnumLiteralDeclaration_4()); 

                    }


                    }
                    break;
                case 6 :
                    // InternalTwin.g:2109:2: ( ( 'float32' ) )
                    {
                    // InternalTwin.g:2109:2: ( ( 'float32' ) )
                    // InternalTwin.g:2110:3: ( 'float32' )
                    {
                     before(grammarAccess.getScalarKindAccess().getFLOAT32EnumLiteralDeclaration_5()); 
                    // InternalTwin.g:2111:3: ( 'float32' )
                    // InternalTwin.g:2111:4: 'float32'
                    {
                    match(input,41,FOLLOW_2); 

                    }

                     after(grammarAccess.getScalarKindAccess().getFLOAT32EnumLiteralDeclaration_5()); 

                    }


                    }
                    break;
                case 7 :
                    // InternalTwin.g:2115:2: ( ( 'int64' ) )
                    {
                    // InternalTwin.g:2115:2: ( ( 'int64' ) )
                    // InternalTwin.g:2116:3: ( 'int64' )
                    {
                     before(grammarAccess.getScalarKindAccess().getINT64EnumLiteralDeclaration_6()); 
                    // InternalTwin.g:2117:3: ( 'int64' )
                    // InternalTwin.g:2117:4: 'int64'
                    {
                    match(input,42,FOLLOW_2); 

                    }

                     after(grammarAccess.getScalarKindAccess().getINT64EnumLiteralDeclaration_6()); 

                    }


                    }
                    break;
                case 8 :
                    // InternalTwin.g:2121:2: ( ( 'float64' ) )
                    {
                    // InternalTwin.g:2121:2: ( ( 'float64' ) )
                    // InternalTwin.g:2122:3: ( 'float64' )
                    {
                     before(grammarAccess.getScalarKindAccess().getFLOAT64EnumLiteralDeclaration_7()); 
                    // InternalTwin.g:2123:3: ( 'float64' )
                    // InternalTwin.g:2123:4: 'float64'
                    {
                    match(input,43,FOLLOW_2); 

                    }

                     after(grammarAccess.getScalarKindAccess().getFLOAT64EnumLiteralDeclaration_7()); 

                    }


                    }
                    break;

            }
        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ScalarKind__Alternatives"


    // $ANTLR start "rule__AlignMethod__Alternatives"
    // InternalTwin.g:2131:1: rule__AlignMethod__Alternatives : ( ( ( 'hold' ) ) | ( ( 'linear' ) ) | ( ( 'mean' ) ) | ( ( 'min' ) ) | ( ( 'max' ) ) );
    public final void rule__AlignMethod__Alternatives() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:2135:1: ( ( ( 'hold' ) ) | ( ( 'linear' ) ) | ( ( 'mean' ) ) | ( ( 'min' ) ) | ( ( 'max' ) ) )
            int alt22=5;
            switch ( input.LA(1) ) {
            case 44:
                {
                alt22=1;
                }
                break;
            case 45:
                {
                alt22=2;
                }
                break;
            case 46:
                {
                alt22=3;
                }
                break;
            case 14:
                {
                alt22=4;
                }
                break;
            case 47:
                {
                alt22=5;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 22, 0, input);

                throw nvae;
            }

            switch (alt22) {
                case 1 :
                    // InternalTwin.g:2136:2: ( ( 'hold' ) )
                    {
                    // InternalTwin.g:2136:2: ( ( 'hold' ) )
                    // InternalTwin.g:2137:3: ( 'hold' )
                    {
                     before(grammarAccess.getAlignMethodAccess().getHOLDEnumLiteralDeclaration_0()); 
                    // InternalTwin.g:2138:3: ( 'hold' )
                    // InternalTwin.g:2138:4: 'hold'
                    {
                    match(input,44,FOLLOW_2); 

                    }

                     after(grammarAccess.getAlignMethodAccess().getHOLDEnumLiteralDeclaration_0()); 

                    }


                    }
                    break;
                case 2 :
                    // InternalTwin.g:2142:2: ( ( 'linear' ) )
                    {
                    // InternalTwin.g:2142:2: ( ( 'linear' ) )
                    // InternalTwin.g:2143:3: ( 'linear' )
                    {
                     before(grammarAccess.getAlignMethodAccess().getLINEAREnumLiteralDeclaration_1()); 
                    // InternalTwin.g:2144:3: ( 'linear' )
                    // InternalTwin.g:2144:4: 'linear'
                    {
                    match(input,45,FOLLOW_2); 

                    }

                     after(grammarAccess.getAlignMethodAccess().getLINEAREnumLiteralDeclaration_1()); 

                    }


                    }
                    break;
                case 3 :
                    // InternalTwin.g:2148:2: ( ( 'mean' ) )
                    {
                    // InternalTwin.g:2148:2: ( ( 'mean' ) )
                    // InternalTwin.g:2149:3: ( 'mean' )
                    {
                     before(grammarAccess.getAlignMethodAccess().getMEANEnumLiteralDeclaration_2()); 
                    // InternalTwin.g:2150:3: ( 'mean' )
                    // InternalTwin.g:2150:4: 'mean'
                    {
                    match(input,46,FOLLOW_2); 

                    }

                     after(grammarAccess.getAlignMethodAccess().getMEANEnumLiteralDeclaration_2()); 

                    }


                    }
                    break;
                case 4 :
                    // InternalTwin.g:2154:2: ( ( 'min' ) )
                    {
                    // InternalTwin.g:2154:2: ( ( 'min' ) )
                    // InternalTwin.g:2155:3: ( 'min' )
                    {
                     before(grammarAccess.getAlignMethodAccess().getMINEnumLiteralDeclaration_3()); 
                    // InternalTwin.g:2156:3: ( 'min' )
                    // InternalTwin.g:2156:4: 'min'
                    {
                    match(input,14,FOLLOW_2); 

                    }

                     after(grammarAccess.getAlignMethodAccess().getMINEnumLiteralDeclaration_3()); 

                    }


                    }
                    break;
                case 5 :
                    // InternalTwin.g:2160:2: ( ( 'max' ) )
                    {
                    // InternalTwin.g:2160:2: ( ( 'max' ) )
                    // InternalTwin.g:2161:3: ( 'max' )
                    {
                     before(grammarAccess.getAlignMethodAccess().getMAXEnumLiteralDeclaration_4()); 
                    // InternalTwin.g:2162:3: ( 'max' )
                    // InternalTwin.g:2162:4: 'max'
                    {
                    match(input,47,FOLLOW_2); 

                    }

                     after(grammarAccess.getAlignMethodAccess().getMAXEnumLiteralDeclaration_4()); 

                    }


                    }
                    break;

            }
        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__AlignMethod__Alternatives"


    // $ANTLR start "rule__Comparison__Alternatives"
    // InternalTwin.g:2170:1: rule__Comparison__Alternatives : ( ( ( '>' ) ) | ( ( '>=' ) ) | ( ( '<' ) ) | ( ( '<=' ) ) );
    public final void rule__Comparison__Alternatives() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:2174:1: ( ( ( '>' ) ) | ( ( '>=' ) ) | ( ( '<' ) ) | ( ( '<=' ) ) )
            int alt23=4;
            switch ( input.LA(1) ) {
            case 48:
                {
                alt23=1;
                }
                break;
            case 49:
                {
                alt23=2;
                }
                break;
            case 50:
                {
                alt23=3;
                }
                break;
            case 51:
                {
                alt23=4;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 23, 0, input);

                throw nvae;
            }

            switch (alt23) {
                case 1 :
                    // InternalTwin.g:2175:2: ( ( '>' ) )
                    {
                    // InternalTwin.g:2175:2: ( ( '>' ) )
                    // InternalTwin.g:2176:3: ( '>' )
                    {
                     before(grammarAccess.getComparisonAccess().getABOVEEnumLiteralDeclaration_0()); 
                    // InternalTwin.g:2177:3: ( '>' )
                    // InternalTwin.g:2177:4: '>'
                    {
                    match(input,48,FOLLOW_2); 

                    }

                     after(grammarAccess.getComparisonAccess().getABOVEEnumLiteralDeclaration_0()); 

                    }


                    }
                    break;
                case 2 :
                    // InternalTwin.g:2181:2: ( ( '>=' ) )
                    {
                    // InternalTwin.g:2181:2: ( ( '>=' ) )
                    // InternalTwin.g:2182:3: ( '>=' )
                    {
                     before(grammarAccess.getComparisonAccess().getAT_OR_ABOVEEnumLiteralDeclaration_1()); 
                    // InternalTwin.g:2183:3: ( '>=' )
                    // InternalTwin.g:2183:4: '>='
                    {
                    match(input,49,FOLLOW_2); 

                    }

                     after(grammarAccess.getComparisonAccess().getAT_OR_ABOVEEnumLiteralDeclaration_1()); 

                    }


                    }
                    break;
                case 3 :
                    // InternalTwin.g:2187:2: ( ( '<' ) )
                    {
                    // InternalTwin.g:2187:2: ( ( '<' ) )
                    // InternalTwin.g:2188:3: ( '<' )
                    {
                     before(grammarAccess.getComparisonAccess().getBELOWEnumLiteralDeclaration_2()); 
                    // InternalTwin.g:2189:3: ( '<' )
                    // InternalTwin.g:2189:4: '<'
                    {
                    match(input,50,FOLLOW_2); 

                    }

                     after(grammarAccess.getComparisonAccess().getBELOWEnumLiteralDeclaration_2()); 

                    }


                    }
                    break;
                case 4 :
                    // InternalTwin.g:2193:2: ( ( '<=' ) )
                    {
                    // InternalTwin.g:2193:2: ( ( '<=' ) )
                    // InternalTwin.g:2194:3: ( '<=' )
                    {
                     before(grammarAccess.getComparisonAccess().getAT_OR_BELOWEnumLiteralDeclaration_3()); 
                    // InternalTwin.g:2195:3: ( '<=' )
                    // InternalTwin.g:2195:4: '<='
                    {
                    match(input,51,FOLLOW_2); 

                    }

                     after(grammarAccess.getComparisonAccess().getAT_OR_BELOWEnumLiteralDeclaration_3()); 

                    }


                    }
                    break;

            }
        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Comparison__Alternatives"


    // $ANTLR start "rule__ClearDirection__Alternatives"
    // InternalTwin.g:2203:1: rule__ClearDirection__Alternatives : ( ( ( 'below' ) ) | ( ( 'above' ) ) );
    public final void rule__ClearDirection__Alternatives() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:2207:1: ( ( ( 'below' ) ) | ( ( 'above' ) ) )
            int alt24=2;
            int LA24_0 = input.LA(1);

            if ( (LA24_0==52) ) {
                alt24=1;
            }
            else if ( (LA24_0==53) ) {
                alt24=2;
            }
            else {
                NoViableAltException nvae =
                    new NoViableAltException("", 24, 0, input);

                throw nvae;
            }
            switch (alt24) {
                case 1 :
                    // InternalTwin.g:2208:2: ( ( 'below' ) )
                    {
                    // InternalTwin.g:2208:2: ( ( 'below' ) )
                    // InternalTwin.g:2209:3: ( 'below' )
                    {
                     before(grammarAccess.getClearDirectionAccess().getBELOWEnumLiteralDeclaration_0()); 
                    // InternalTwin.g:2210:3: ( 'below' )
                    // InternalTwin.g:2210:4: 'below'
                    {
                    match(input,52,FOLLOW_2); 

                    }

                     after(grammarAccess.getClearDirectionAccess().getBELOWEnumLiteralDeclaration_0()); 

                    }


                    }
                    break;
                case 2 :
                    // InternalTwin.g:2214:2: ( ( 'above' ) )
                    {
                    // InternalTwin.g:2214:2: ( ( 'above' ) )
                    // InternalTwin.g:2215:3: ( 'above' )
                    {
                     before(grammarAccess.getClearDirectionAccess().getABOVEEnumLiteralDeclaration_1()); 
                    // InternalTwin.g:2216:3: ( 'above' )
                    // InternalTwin.g:2216:4: 'above'
                    {
                    match(input,53,FOLLOW_2); 

                    }

                     after(grammarAccess.getClearDirectionAccess().getABOVEEnumLiteralDeclaration_1()); 

                    }


                    }
                    break;

            }
        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ClearDirection__Alternatives"


    // $ANTLR start "rule__TimeUnit__Alternatives"
    // InternalTwin.g:2224:1: rule__TimeUnit__Alternatives : ( ( ( 'ms' ) ) | ( ( 's' ) ) | ( ( 'min' ) ) | ( ( 'h' ) ) );
    public final void rule__TimeUnit__Alternatives() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:2228:1: ( ( ( 'ms' ) ) | ( ( 's' ) ) | ( ( 'min' ) ) | ( ( 'h' ) ) )
            int alt25=4;
            switch ( input.LA(1) ) {
            case 12:
                {
                alt25=1;
                }
                break;
            case 13:
                {
                alt25=2;
                }
                break;
            case 14:
                {
                alt25=3;
                }
                break;
            case 15:
                {
                alt25=4;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 25, 0, input);

                throw nvae;
            }

            switch (alt25) {
                case 1 :
                    // InternalTwin.g:2229:2: ( ( 'ms' ) )
                    {
                    // InternalTwin.g:2229:2: ( ( 'ms' ) )
                    // InternalTwin.g:2230:3: ( 'ms' )
                    {
                     before(grammarAccess.getTimeUnitAccess().getMSEnumLiteralDeclaration_0()); 
                    // InternalTwin.g:2231:3: ( 'ms' )
                    // InternalTwin.g:2231:4: 'ms'
                    {
                    match(input,12,FOLLOW_2); 

                    }

                     after(grammarAccess.getTimeUnitAccess().getMSEnumLiteralDeclaration_0()); 

                    }


                    }
                    break;
                case 2 :
                    // InternalTwin.g:2235:2: ( ( 's' ) )
                    {
                    // InternalTwin.g:2235:2: ( ( 's' ) )
                    // InternalTwin.g:2236:3: ( 's' )
                    {
                     before(grammarAccess.getTimeUnitAccess().getSEnumLiteralDeclaration_1()); 
                    // InternalTwin.g:2237:3: ( 's' )
                    // InternalTwin.g:2237:4: 's'
                    {
                    match(input,13,FOLLOW_2); 

                    }

                     after(grammarAccess.getTimeUnitAccess().getSEnumLiteralDeclaration_1()); 

                    }


                    }
                    break;
                case 3 :
                    // InternalTwin.g:2241:2: ( ( 'min' ) )
                    {
                    // InternalTwin.g:2241:2: ( ( 'min' ) )
                    // InternalTwin.g:2242:3: ( 'min' )
                    {
                     before(grammarAccess.getTimeUnitAccess().getMINEnumLiteralDeclaration_2()); 
                    // InternalTwin.g:2243:3: ( 'min' )
                    // InternalTwin.g:2243:4: 'min'
                    {
                    match(input,14,FOLLOW_2); 

                    }

                     after(grammarAccess.getTimeUnitAccess().getMINEnumLiteralDeclaration_2()); 

                    }


                    }
                    break;
                case 4 :
                    // InternalTwin.g:2247:2: ( ( 'h' ) )
                    {
                    // InternalTwin.g:2247:2: ( ( 'h' ) )
                    // InternalTwin.g:2248:3: ( 'h' )
                    {
                     before(grammarAccess.getTimeUnitAccess().getHEnumLiteralDeclaration_3()); 
                    // InternalTwin.g:2249:3: ( 'h' )
                    // InternalTwin.g:2249:4: 'h'
                    {
                    match(input,15,FOLLOW_2); 

                    }

                     after(grammarAccess.getTimeUnitAccess().getHEnumLiteralDeclaration_3()); 

                    }


                    }
                    break;

            }
        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__TimeUnit__Alternatives"


    // $ANTLR start "rule__TwinModel__Group__0"
    // InternalTwin.g:2257:1: rule__TwinModel__Group__0 : rule__TwinModel__Group__0__Impl rule__TwinModel__Group__1 ;
    public final void rule__TwinModel__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:2261:1: ( rule__TwinModel__Group__0__Impl rule__TwinModel__Group__1 )
            // InternalTwin.g:2262:2: rule__TwinModel__Group__0__Impl rule__TwinModel__Group__1
            {
            pushFollow(FOLLOW_3);
            rule__TwinModel__Group__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__TwinModel__Group__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__TwinModel__Group__0"


    // $ANTLR start "rule__TwinModel__Group__0__Impl"
    // InternalTwin.g:2269:1: rule__TwinModel__Group__0__Impl : ( ( rule__TwinModel__Group_0__0 )? ) ;
    public final void rule__TwinModel__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:2273:1: ( ( ( rule__TwinModel__Group_0__0 )? ) )
            // InternalTwin.g:2274:1: ( ( rule__TwinModel__Group_0__0 )? )
            {
            // InternalTwin.g:2274:1: ( ( rule__TwinModel__Group_0__0 )? )
            // InternalTwin.g:2275:2: ( rule__TwinModel__Group_0__0 )?
            {
             before(grammarAccess.getTwinModelAccess().getGroup_0()); 
            // InternalTwin.g:2276:2: ( rule__TwinModel__Group_0__0 )?
            int alt26=2;
            int LA26_0 = input.LA(1);

            if ( (LA26_0==54) ) {
                alt26=1;
            }
            switch (alt26) {
                case 1 :
                    // InternalTwin.g:2276:3: rule__TwinModel__Group_0__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__TwinModel__Group_0__0();

                    state._fsp--;


                    }
                    break;

            }

             after(grammarAccess.getTwinModelAccess().getGroup_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__TwinModel__Group__0__Impl"


    // $ANTLR start "rule__TwinModel__Group__1"
    // InternalTwin.g:2284:1: rule__TwinModel__Group__1 : rule__TwinModel__Group__1__Impl rule__TwinModel__Group__2 ;
    public final void rule__TwinModel__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:2288:1: ( rule__TwinModel__Group__1__Impl rule__TwinModel__Group__2 )
            // InternalTwin.g:2289:2: rule__TwinModel__Group__1__Impl rule__TwinModel__Group__2
            {
            pushFollow(FOLLOW_3);
            rule__TwinModel__Group__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__TwinModel__Group__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__TwinModel__Group__1"


    // $ANTLR start "rule__TwinModel__Group__1__Impl"
    // InternalTwin.g:2296:1: rule__TwinModel__Group__1__Impl : ( ( rule__TwinModel__ImportsAssignment_1 )* ) ;
    public final void rule__TwinModel__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:2300:1: ( ( ( rule__TwinModel__ImportsAssignment_1 )* ) )
            // InternalTwin.g:2301:1: ( ( rule__TwinModel__ImportsAssignment_1 )* )
            {
            // InternalTwin.g:2301:1: ( ( rule__TwinModel__ImportsAssignment_1 )* )
            // InternalTwin.g:2302:2: ( rule__TwinModel__ImportsAssignment_1 )*
            {
             before(grammarAccess.getTwinModelAccess().getImportsAssignment_1()); 
            // InternalTwin.g:2303:2: ( rule__TwinModel__ImportsAssignment_1 )*
            loop27:
            do {
                int alt27=2;
                int LA27_0 = input.LA(1);

                if ( (LA27_0==55) ) {
                    alt27=1;
                }


                switch (alt27) {
            	case 1 :
            	    // InternalTwin.g:2303:3: rule__TwinModel__ImportsAssignment_1
            	    {
            	    pushFollow(FOLLOW_4);
            	    rule__TwinModel__ImportsAssignment_1();

            	    state._fsp--;


            	    }
            	    break;

            	default :
            	    break loop27;
                }
            } while (true);

             after(grammarAccess.getTwinModelAccess().getImportsAssignment_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__TwinModel__Group__1__Impl"


    // $ANTLR start "rule__TwinModel__Group__2"
    // InternalTwin.g:2311:1: rule__TwinModel__Group__2 : rule__TwinModel__Group__2__Impl ;
    public final void rule__TwinModel__Group__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:2315:1: ( rule__TwinModel__Group__2__Impl )
            // InternalTwin.g:2316:2: rule__TwinModel__Group__2__Impl
            {
            pushFollow(FOLLOW_2);
            rule__TwinModel__Group__2__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__TwinModel__Group__2"


    // $ANTLR start "rule__TwinModel__Group__2__Impl"
    // InternalTwin.g:2322:1: rule__TwinModel__Group__2__Impl : ( ( rule__TwinModel__ElementsAssignment_2 )* ) ;
    public final void rule__TwinModel__Group__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:2326:1: ( ( ( rule__TwinModel__ElementsAssignment_2 )* ) )
            // InternalTwin.g:2327:1: ( ( rule__TwinModel__ElementsAssignment_2 )* )
            {
            // InternalTwin.g:2327:1: ( ( rule__TwinModel__ElementsAssignment_2 )* )
            // InternalTwin.g:2328:2: ( rule__TwinModel__ElementsAssignment_2 )*
            {
             before(grammarAccess.getTwinModelAccess().getElementsAssignment_2()); 
            // InternalTwin.g:2329:2: ( rule__TwinModel__ElementsAssignment_2 )*
            loop28:
            do {
                int alt28=2;
                int LA28_0 = input.LA(1);

                if ( (LA28_0==56||LA28_0==80||LA28_0==93||LA28_0==100||LA28_0==104||LA28_0==106||LA28_0==109) ) {
                    alt28=1;
                }


                switch (alt28) {
            	case 1 :
            	    // InternalTwin.g:2329:3: rule__TwinModel__ElementsAssignment_2
            	    {
            	    pushFollow(FOLLOW_5);
            	    rule__TwinModel__ElementsAssignment_2();

            	    state._fsp--;


            	    }
            	    break;

            	default :
            	    break loop28;
                }
            } while (true);

             after(grammarAccess.getTwinModelAccess().getElementsAssignment_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__TwinModel__Group__2__Impl"


    // $ANTLR start "rule__TwinModel__Group_0__0"
    // InternalTwin.g:2338:1: rule__TwinModel__Group_0__0 : rule__TwinModel__Group_0__0__Impl rule__TwinModel__Group_0__1 ;
    public final void rule__TwinModel__Group_0__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:2342:1: ( rule__TwinModel__Group_0__0__Impl rule__TwinModel__Group_0__1 )
            // InternalTwin.g:2343:2: rule__TwinModel__Group_0__0__Impl rule__TwinModel__Group_0__1
            {
            pushFollow(FOLLOW_6);
            rule__TwinModel__Group_0__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__TwinModel__Group_0__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__TwinModel__Group_0__0"


    // $ANTLR start "rule__TwinModel__Group_0__0__Impl"
    // InternalTwin.g:2350:1: rule__TwinModel__Group_0__0__Impl : ( 'package' ) ;
    public final void rule__TwinModel__Group_0__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:2354:1: ( ( 'package' ) )
            // InternalTwin.g:2355:1: ( 'package' )
            {
            // InternalTwin.g:2355:1: ( 'package' )
            // InternalTwin.g:2356:2: 'package'
            {
             before(grammarAccess.getTwinModelAccess().getPackageKeyword_0_0()); 
            match(input,54,FOLLOW_2); 
             after(grammarAccess.getTwinModelAccess().getPackageKeyword_0_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__TwinModel__Group_0__0__Impl"


    // $ANTLR start "rule__TwinModel__Group_0__1"
    // InternalTwin.g:2365:1: rule__TwinModel__Group_0__1 : rule__TwinModel__Group_0__1__Impl ;
    public final void rule__TwinModel__Group_0__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:2369:1: ( rule__TwinModel__Group_0__1__Impl )
            // InternalTwin.g:2370:2: rule__TwinModel__Group_0__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__TwinModel__Group_0__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__TwinModel__Group_0__1"


    // $ANTLR start "rule__TwinModel__Group_0__1__Impl"
    // InternalTwin.g:2376:1: rule__TwinModel__Group_0__1__Impl : ( ( rule__TwinModel__NameAssignment_0_1 ) ) ;
    public final void rule__TwinModel__Group_0__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:2380:1: ( ( ( rule__TwinModel__NameAssignment_0_1 ) ) )
            // InternalTwin.g:2381:1: ( ( rule__TwinModel__NameAssignment_0_1 ) )
            {
            // InternalTwin.g:2381:1: ( ( rule__TwinModel__NameAssignment_0_1 ) )
            // InternalTwin.g:2382:2: ( rule__TwinModel__NameAssignment_0_1 )
            {
             before(grammarAccess.getTwinModelAccess().getNameAssignment_0_1()); 
            // InternalTwin.g:2383:2: ( rule__TwinModel__NameAssignment_0_1 )
            // InternalTwin.g:2383:3: rule__TwinModel__NameAssignment_0_1
            {
            pushFollow(FOLLOW_2);
            rule__TwinModel__NameAssignment_0_1();

            state._fsp--;


            }

             after(grammarAccess.getTwinModelAccess().getNameAssignment_0_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__TwinModel__Group_0__1__Impl"


    // $ANTLR start "rule__PlantImport__Group__0"
    // InternalTwin.g:2392:1: rule__PlantImport__Group__0 : rule__PlantImport__Group__0__Impl rule__PlantImport__Group__1 ;
    public final void rule__PlantImport__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:2396:1: ( rule__PlantImport__Group__0__Impl rule__PlantImport__Group__1 )
            // InternalTwin.g:2397:2: rule__PlantImport__Group__0__Impl rule__PlantImport__Group__1
            {
            pushFollow(FOLLOW_7);
            rule__PlantImport__Group__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__PlantImport__Group__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PlantImport__Group__0"


    // $ANTLR start "rule__PlantImport__Group__0__Impl"
    // InternalTwin.g:2404:1: rule__PlantImport__Group__0__Impl : ( 'import' ) ;
    public final void rule__PlantImport__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:2408:1: ( ( 'import' ) )
            // InternalTwin.g:2409:1: ( 'import' )
            {
            // InternalTwin.g:2409:1: ( 'import' )
            // InternalTwin.g:2410:2: 'import'
            {
             before(grammarAccess.getPlantImportAccess().getImportKeyword_0()); 
            match(input,55,FOLLOW_2); 
             after(grammarAccess.getPlantImportAccess().getImportKeyword_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PlantImport__Group__0__Impl"


    // $ANTLR start "rule__PlantImport__Group__1"
    // InternalTwin.g:2419:1: rule__PlantImport__Group__1 : rule__PlantImport__Group__1__Impl ;
    public final void rule__PlantImport__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:2423:1: ( rule__PlantImport__Group__1__Impl )
            // InternalTwin.g:2424:2: rule__PlantImport__Group__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__PlantImport__Group__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PlantImport__Group__1"


    // $ANTLR start "rule__PlantImport__Group__1__Impl"
    // InternalTwin.g:2430:1: rule__PlantImport__Group__1__Impl : ( ( rule__PlantImport__ImportURIAssignment_1 ) ) ;
    public final void rule__PlantImport__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:2434:1: ( ( ( rule__PlantImport__ImportURIAssignment_1 ) ) )
            // InternalTwin.g:2435:1: ( ( rule__PlantImport__ImportURIAssignment_1 ) )
            {
            // InternalTwin.g:2435:1: ( ( rule__PlantImport__ImportURIAssignment_1 ) )
            // InternalTwin.g:2436:2: ( rule__PlantImport__ImportURIAssignment_1 )
            {
             before(grammarAccess.getPlantImportAccess().getImportURIAssignment_1()); 
            // InternalTwin.g:2437:2: ( rule__PlantImport__ImportURIAssignment_1 )
            // InternalTwin.g:2437:3: rule__PlantImport__ImportURIAssignment_1
            {
            pushFollow(FOLLOW_2);
            rule__PlantImport__ImportURIAssignment_1();

            state._fsp--;


            }

             after(grammarAccess.getPlantImportAccess().getImportURIAssignment_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PlantImport__Group__1__Impl"


    // $ANTLR start "rule__ModbusConnection__Group__0"
    // InternalTwin.g:2446:1: rule__ModbusConnection__Group__0 : rule__ModbusConnection__Group__0__Impl rule__ModbusConnection__Group__1 ;
    public final void rule__ModbusConnection__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:2450:1: ( rule__ModbusConnection__Group__0__Impl rule__ModbusConnection__Group__1 )
            // InternalTwin.g:2451:2: rule__ModbusConnection__Group__0__Impl rule__ModbusConnection__Group__1
            {
            pushFollow(FOLLOW_6);
            rule__ModbusConnection__Group__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__ModbusConnection__Group__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ModbusConnection__Group__0"


    // $ANTLR start "rule__ModbusConnection__Group__0__Impl"
    // InternalTwin.g:2458:1: rule__ModbusConnection__Group__0__Impl : ( 'connection' ) ;
    public final void rule__ModbusConnection__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:2462:1: ( ( 'connection' ) )
            // InternalTwin.g:2463:1: ( 'connection' )
            {
            // InternalTwin.g:2463:1: ( 'connection' )
            // InternalTwin.g:2464:2: 'connection'
            {
             before(grammarAccess.getModbusConnectionAccess().getConnectionKeyword_0()); 
            match(input,56,FOLLOW_2); 
             after(grammarAccess.getModbusConnectionAccess().getConnectionKeyword_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ModbusConnection__Group__0__Impl"


    // $ANTLR start "rule__ModbusConnection__Group__1"
    // InternalTwin.g:2473:1: rule__ModbusConnection__Group__1 : rule__ModbusConnection__Group__1__Impl rule__ModbusConnection__Group__2 ;
    public final void rule__ModbusConnection__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:2477:1: ( rule__ModbusConnection__Group__1__Impl rule__ModbusConnection__Group__2 )
            // InternalTwin.g:2478:2: rule__ModbusConnection__Group__1__Impl rule__ModbusConnection__Group__2
            {
            pushFollow(FOLLOW_8);
            rule__ModbusConnection__Group__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__ModbusConnection__Group__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ModbusConnection__Group__1"


    // $ANTLR start "rule__ModbusConnection__Group__1__Impl"
    // InternalTwin.g:2485:1: rule__ModbusConnection__Group__1__Impl : ( ( rule__ModbusConnection__NameAssignment_1 ) ) ;
    public final void rule__ModbusConnection__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:2489:1: ( ( ( rule__ModbusConnection__NameAssignment_1 ) ) )
            // InternalTwin.g:2490:1: ( ( rule__ModbusConnection__NameAssignment_1 ) )
            {
            // InternalTwin.g:2490:1: ( ( rule__ModbusConnection__NameAssignment_1 ) )
            // InternalTwin.g:2491:2: ( rule__ModbusConnection__NameAssignment_1 )
            {
             before(grammarAccess.getModbusConnectionAccess().getNameAssignment_1()); 
            // InternalTwin.g:2492:2: ( rule__ModbusConnection__NameAssignment_1 )
            // InternalTwin.g:2492:3: rule__ModbusConnection__NameAssignment_1
            {
            pushFollow(FOLLOW_2);
            rule__ModbusConnection__NameAssignment_1();

            state._fsp--;


            }

             after(grammarAccess.getModbusConnectionAccess().getNameAssignment_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ModbusConnection__Group__1__Impl"


    // $ANTLR start "rule__ModbusConnection__Group__2"
    // InternalTwin.g:2500:1: rule__ModbusConnection__Group__2 : rule__ModbusConnection__Group__2__Impl rule__ModbusConnection__Group__3 ;
    public final void rule__ModbusConnection__Group__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:2504:1: ( rule__ModbusConnection__Group__2__Impl rule__ModbusConnection__Group__3 )
            // InternalTwin.g:2505:2: rule__ModbusConnection__Group__2__Impl rule__ModbusConnection__Group__3
            {
            pushFollow(FOLLOW_9);
            rule__ModbusConnection__Group__2__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__ModbusConnection__Group__3();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ModbusConnection__Group__2"


    // $ANTLR start "rule__ModbusConnection__Group__2__Impl"
    // InternalTwin.g:2512:1: rule__ModbusConnection__Group__2__Impl : ( 'modbus' ) ;
    public final void rule__ModbusConnection__Group__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:2516:1: ( ( 'modbus' ) )
            // InternalTwin.g:2517:1: ( 'modbus' )
            {
            // InternalTwin.g:2517:1: ( 'modbus' )
            // InternalTwin.g:2518:2: 'modbus'
            {
             before(grammarAccess.getModbusConnectionAccess().getModbusKeyword_2()); 
            match(input,57,FOLLOW_2); 
             after(grammarAccess.getModbusConnectionAccess().getModbusKeyword_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ModbusConnection__Group__2__Impl"


    // $ANTLR start "rule__ModbusConnection__Group__3"
    // InternalTwin.g:2527:1: rule__ModbusConnection__Group__3 : rule__ModbusConnection__Group__3__Impl rule__ModbusConnection__Group__4 ;
    public final void rule__ModbusConnection__Group__3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:2531:1: ( rule__ModbusConnection__Group__3__Impl rule__ModbusConnection__Group__4 )
            // InternalTwin.g:2532:2: rule__ModbusConnection__Group__3__Impl rule__ModbusConnection__Group__4
            {
            pushFollow(FOLLOW_10);
            rule__ModbusConnection__Group__3__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__ModbusConnection__Group__4();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ModbusConnection__Group__3"


    // $ANTLR start "rule__ModbusConnection__Group__3__Impl"
    // InternalTwin.g:2539:1: rule__ModbusConnection__Group__3__Impl : ( 'tcp' ) ;
    public final void rule__ModbusConnection__Group__3__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:2543:1: ( ( 'tcp' ) )
            // InternalTwin.g:2544:1: ( 'tcp' )
            {
            // InternalTwin.g:2544:1: ( 'tcp' )
            // InternalTwin.g:2545:2: 'tcp'
            {
             before(grammarAccess.getModbusConnectionAccess().getTcpKeyword_3()); 
            match(input,58,FOLLOW_2); 
             after(grammarAccess.getModbusConnectionAccess().getTcpKeyword_3()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ModbusConnection__Group__3__Impl"


    // $ANTLR start "rule__ModbusConnection__Group__4"
    // InternalTwin.g:2554:1: rule__ModbusConnection__Group__4 : rule__ModbusConnection__Group__4__Impl rule__ModbusConnection__Group__5 ;
    public final void rule__ModbusConnection__Group__4() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:2558:1: ( rule__ModbusConnection__Group__4__Impl rule__ModbusConnection__Group__5 )
            // InternalTwin.g:2559:2: rule__ModbusConnection__Group__4__Impl rule__ModbusConnection__Group__5
            {
            pushFollow(FOLLOW_10);
            rule__ModbusConnection__Group__4__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__ModbusConnection__Group__5();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ModbusConnection__Group__4"


    // $ANTLR start "rule__ModbusConnection__Group__4__Impl"
    // InternalTwin.g:2566:1: rule__ModbusConnection__Group__4__Impl : ( ( rule__ModbusConnection__EndpointAssignment_4 )? ) ;
    public final void rule__ModbusConnection__Group__4__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:2570:1: ( ( ( rule__ModbusConnection__EndpointAssignment_4 )? ) )
            // InternalTwin.g:2571:1: ( ( rule__ModbusConnection__EndpointAssignment_4 )? )
            {
            // InternalTwin.g:2571:1: ( ( rule__ModbusConnection__EndpointAssignment_4 )? )
            // InternalTwin.g:2572:2: ( rule__ModbusConnection__EndpointAssignment_4 )?
            {
             before(grammarAccess.getModbusConnectionAccess().getEndpointAssignment_4()); 
            // InternalTwin.g:2573:2: ( rule__ModbusConnection__EndpointAssignment_4 )?
            int alt29=2;
            int LA29_0 = input.LA(1);

            if ( (LA29_0==RULE_STRING) ) {
                alt29=1;
            }
            switch (alt29) {
                case 1 :
                    // InternalTwin.g:2573:3: rule__ModbusConnection__EndpointAssignment_4
                    {
                    pushFollow(FOLLOW_2);
                    rule__ModbusConnection__EndpointAssignment_4();

                    state._fsp--;


                    }
                    break;

            }

             after(grammarAccess.getModbusConnectionAccess().getEndpointAssignment_4()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ModbusConnection__Group__4__Impl"


    // $ANTLR start "rule__ModbusConnection__Group__5"
    // InternalTwin.g:2581:1: rule__ModbusConnection__Group__5 : rule__ModbusConnection__Group__5__Impl rule__ModbusConnection__Group__6 ;
    public final void rule__ModbusConnection__Group__5() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:2585:1: ( rule__ModbusConnection__Group__5__Impl rule__ModbusConnection__Group__6 )
            // InternalTwin.g:2586:2: rule__ModbusConnection__Group__5__Impl rule__ModbusConnection__Group__6
            {
            pushFollow(FOLLOW_10);
            rule__ModbusConnection__Group__5__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__ModbusConnection__Group__6();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ModbusConnection__Group__5"


    // $ANTLR start "rule__ModbusConnection__Group__5__Impl"
    // InternalTwin.g:2593:1: rule__ModbusConnection__Group__5__Impl : ( ( rule__ModbusConnection__Group_5__0 )? ) ;
    public final void rule__ModbusConnection__Group__5__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:2597:1: ( ( ( rule__ModbusConnection__Group_5__0 )? ) )
            // InternalTwin.g:2598:1: ( ( rule__ModbusConnection__Group_5__0 )? )
            {
            // InternalTwin.g:2598:1: ( ( rule__ModbusConnection__Group_5__0 )? )
            // InternalTwin.g:2599:2: ( rule__ModbusConnection__Group_5__0 )?
            {
             before(grammarAccess.getModbusConnectionAccess().getGroup_5()); 
            // InternalTwin.g:2600:2: ( rule__ModbusConnection__Group_5__0 )?
            int alt30=2;
            int LA30_0 = input.LA(1);

            if ( (LA30_0==89) ) {
                alt30=1;
            }
            switch (alt30) {
                case 1 :
                    // InternalTwin.g:2600:3: rule__ModbusConnection__Group_5__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__ModbusConnection__Group_5__0();

                    state._fsp--;


                    }
                    break;

            }

             after(grammarAccess.getModbusConnectionAccess().getGroup_5()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ModbusConnection__Group__5__Impl"


    // $ANTLR start "rule__ModbusConnection__Group__6"
    // InternalTwin.g:2608:1: rule__ModbusConnection__Group__6 : rule__ModbusConnection__Group__6__Impl ;
    public final void rule__ModbusConnection__Group__6() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:2612:1: ( rule__ModbusConnection__Group__6__Impl )
            // InternalTwin.g:2613:2: rule__ModbusConnection__Group__6__Impl
            {
            pushFollow(FOLLOW_2);
            rule__ModbusConnection__Group__6__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ModbusConnection__Group__6"


    // $ANTLR start "rule__ModbusConnection__Group__6__Impl"
    // InternalTwin.g:2619:1: rule__ModbusConnection__Group__6__Impl : ( ( rule__ModbusConnection__Group_6__0 )? ) ;
    public final void rule__ModbusConnection__Group__6__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:2623:1: ( ( ( rule__ModbusConnection__Group_6__0 )? ) )
            // InternalTwin.g:2624:1: ( ( rule__ModbusConnection__Group_6__0 )? )
            {
            // InternalTwin.g:2624:1: ( ( rule__ModbusConnection__Group_6__0 )? )
            // InternalTwin.g:2625:2: ( rule__ModbusConnection__Group_6__0 )?
            {
             before(grammarAccess.getModbusConnectionAccess().getGroup_6()); 
            // InternalTwin.g:2626:2: ( rule__ModbusConnection__Group_6__0 )?
            int alt31=2;
            int LA31_0 = input.LA(1);

            if ( (LA31_0==59) ) {
                alt31=1;
            }
            switch (alt31) {
                case 1 :
                    // InternalTwin.g:2626:3: rule__ModbusConnection__Group_6__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__ModbusConnection__Group_6__0();

                    state._fsp--;


                    }
                    break;

            }

             after(grammarAccess.getModbusConnectionAccess().getGroup_6()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ModbusConnection__Group__6__Impl"


    // $ANTLR start "rule__ModbusConnection__Group_5__0"
    // InternalTwin.g:2635:1: rule__ModbusConnection__Group_5__0 : rule__ModbusConnection__Group_5__0__Impl rule__ModbusConnection__Group_5__1 ;
    public final void rule__ModbusConnection__Group_5__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:2639:1: ( rule__ModbusConnection__Group_5__0__Impl rule__ModbusConnection__Group_5__1 )
            // InternalTwin.g:2640:2: rule__ModbusConnection__Group_5__0__Impl rule__ModbusConnection__Group_5__1
            {
            pushFollow(FOLLOW_11);
            rule__ModbusConnection__Group_5__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__ModbusConnection__Group_5__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ModbusConnection__Group_5__0"


    // $ANTLR start "rule__ModbusConnection__Group_5__0__Impl"
    // InternalTwin.g:2647:1: rule__ModbusConnection__Group_5__0__Impl : ( ( rule__ModbusConnection__UnitGivenAssignment_5_0 ) ) ;
    public final void rule__ModbusConnection__Group_5__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:2651:1: ( ( ( rule__ModbusConnection__UnitGivenAssignment_5_0 ) ) )
            // InternalTwin.g:2652:1: ( ( rule__ModbusConnection__UnitGivenAssignment_5_0 ) )
            {
            // InternalTwin.g:2652:1: ( ( rule__ModbusConnection__UnitGivenAssignment_5_0 ) )
            // InternalTwin.g:2653:2: ( rule__ModbusConnection__UnitGivenAssignment_5_0 )
            {
             before(grammarAccess.getModbusConnectionAccess().getUnitGivenAssignment_5_0()); 
            // InternalTwin.g:2654:2: ( rule__ModbusConnection__UnitGivenAssignment_5_0 )
            // InternalTwin.g:2654:3: rule__ModbusConnection__UnitGivenAssignment_5_0
            {
            pushFollow(FOLLOW_2);
            rule__ModbusConnection__UnitGivenAssignment_5_0();

            state._fsp--;


            }

             after(grammarAccess.getModbusConnectionAccess().getUnitGivenAssignment_5_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ModbusConnection__Group_5__0__Impl"


    // $ANTLR start "rule__ModbusConnection__Group_5__1"
    // InternalTwin.g:2662:1: rule__ModbusConnection__Group_5__1 : rule__ModbusConnection__Group_5__1__Impl ;
    public final void rule__ModbusConnection__Group_5__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:2666:1: ( rule__ModbusConnection__Group_5__1__Impl )
            // InternalTwin.g:2667:2: rule__ModbusConnection__Group_5__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__ModbusConnection__Group_5__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ModbusConnection__Group_5__1"


    // $ANTLR start "rule__ModbusConnection__Group_5__1__Impl"
    // InternalTwin.g:2673:1: rule__ModbusConnection__Group_5__1__Impl : ( ( rule__ModbusConnection__UnitIdAssignment_5_1 ) ) ;
    public final void rule__ModbusConnection__Group_5__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:2677:1: ( ( ( rule__ModbusConnection__UnitIdAssignment_5_1 ) ) )
            // InternalTwin.g:2678:1: ( ( rule__ModbusConnection__UnitIdAssignment_5_1 ) )
            {
            // InternalTwin.g:2678:1: ( ( rule__ModbusConnection__UnitIdAssignment_5_1 ) )
            // InternalTwin.g:2679:2: ( rule__ModbusConnection__UnitIdAssignment_5_1 )
            {
             before(grammarAccess.getModbusConnectionAccess().getUnitIdAssignment_5_1()); 
            // InternalTwin.g:2680:2: ( rule__ModbusConnection__UnitIdAssignment_5_1 )
            // InternalTwin.g:2680:3: rule__ModbusConnection__UnitIdAssignment_5_1
            {
            pushFollow(FOLLOW_2);
            rule__ModbusConnection__UnitIdAssignment_5_1();

            state._fsp--;


            }

             after(grammarAccess.getModbusConnectionAccess().getUnitIdAssignment_5_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ModbusConnection__Group_5__1__Impl"


    // $ANTLR start "rule__ModbusConnection__Group_6__0"
    // InternalTwin.g:2689:1: rule__ModbusConnection__Group_6__0 : rule__ModbusConnection__Group_6__0__Impl rule__ModbusConnection__Group_6__1 ;
    public final void rule__ModbusConnection__Group_6__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:2693:1: ( rule__ModbusConnection__Group_6__0__Impl rule__ModbusConnection__Group_6__1 )
            // InternalTwin.g:2694:2: rule__ModbusConnection__Group_6__0__Impl rule__ModbusConnection__Group_6__1
            {
            pushFollow(FOLLOW_12);
            rule__ModbusConnection__Group_6__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__ModbusConnection__Group_6__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ModbusConnection__Group_6__0"


    // $ANTLR start "rule__ModbusConnection__Group_6__0__Impl"
    // InternalTwin.g:2701:1: rule__ModbusConnection__Group_6__0__Impl : ( '{' ) ;
    public final void rule__ModbusConnection__Group_6__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:2705:1: ( ( '{' ) )
            // InternalTwin.g:2706:1: ( '{' )
            {
            // InternalTwin.g:2706:1: ( '{' )
            // InternalTwin.g:2707:2: '{'
            {
             before(grammarAccess.getModbusConnectionAccess().getLeftCurlyBracketKeyword_6_0()); 
            match(input,59,FOLLOW_2); 
             after(grammarAccess.getModbusConnectionAccess().getLeftCurlyBracketKeyword_6_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ModbusConnection__Group_6__0__Impl"


    // $ANTLR start "rule__ModbusConnection__Group_6__1"
    // InternalTwin.g:2716:1: rule__ModbusConnection__Group_6__1 : rule__ModbusConnection__Group_6__1__Impl rule__ModbusConnection__Group_6__2 ;
    public final void rule__ModbusConnection__Group_6__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:2720:1: ( rule__ModbusConnection__Group_6__1__Impl rule__ModbusConnection__Group_6__2 )
            // InternalTwin.g:2721:2: rule__ModbusConnection__Group_6__1__Impl rule__ModbusConnection__Group_6__2
            {
            pushFollow(FOLLOW_12);
            rule__ModbusConnection__Group_6__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__ModbusConnection__Group_6__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ModbusConnection__Group_6__1"


    // $ANTLR start "rule__ModbusConnection__Group_6__1__Impl"
    // InternalTwin.g:2728:1: rule__ModbusConnection__Group_6__1__Impl : ( ( rule__ModbusConnection__Group_6_1__0 )? ) ;
    public final void rule__ModbusConnection__Group_6__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:2732:1: ( ( ( rule__ModbusConnection__Group_6_1__0 )? ) )
            // InternalTwin.g:2733:1: ( ( rule__ModbusConnection__Group_6_1__0 )? )
            {
            // InternalTwin.g:2733:1: ( ( rule__ModbusConnection__Group_6_1__0 )? )
            // InternalTwin.g:2734:2: ( rule__ModbusConnection__Group_6_1__0 )?
            {
             before(grammarAccess.getModbusConnectionAccess().getGroup_6_1()); 
            // InternalTwin.g:2735:2: ( rule__ModbusConnection__Group_6_1__0 )?
            int alt32=2;
            int LA32_0 = input.LA(1);

            if ( (LA32_0==47||LA32_0==63||(LA32_0>=65 && LA32_0<=68)||LA32_0==71) ) {
                alt32=1;
            }
            switch (alt32) {
                case 1 :
                    // InternalTwin.g:2735:3: rule__ModbusConnection__Group_6_1__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__ModbusConnection__Group_6_1__0();

                    state._fsp--;


                    }
                    break;

            }

             after(grammarAccess.getModbusConnectionAccess().getGroup_6_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ModbusConnection__Group_6__1__Impl"


    // $ANTLR start "rule__ModbusConnection__Group_6__2"
    // InternalTwin.g:2743:1: rule__ModbusConnection__Group_6__2 : rule__ModbusConnection__Group_6__2__Impl ;
    public final void rule__ModbusConnection__Group_6__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:2747:1: ( rule__ModbusConnection__Group_6__2__Impl )
            // InternalTwin.g:2748:2: rule__ModbusConnection__Group_6__2__Impl
            {
            pushFollow(FOLLOW_2);
            rule__ModbusConnection__Group_6__2__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ModbusConnection__Group_6__2"


    // $ANTLR start "rule__ModbusConnection__Group_6__2__Impl"
    // InternalTwin.g:2754:1: rule__ModbusConnection__Group_6__2__Impl : ( '}' ) ;
    public final void rule__ModbusConnection__Group_6__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:2758:1: ( ( '}' ) )
            // InternalTwin.g:2759:1: ( '}' )
            {
            // InternalTwin.g:2759:1: ( '}' )
            // InternalTwin.g:2760:2: '}'
            {
             before(grammarAccess.getModbusConnectionAccess().getRightCurlyBracketKeyword_6_2()); 
            match(input,60,FOLLOW_2); 
             after(grammarAccess.getModbusConnectionAccess().getRightCurlyBracketKeyword_6_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ModbusConnection__Group_6__2__Impl"


    // $ANTLR start "rule__ModbusConnection__Group_6_1__0"
    // InternalTwin.g:2770:1: rule__ModbusConnection__Group_6_1__0 : rule__ModbusConnection__Group_6_1__0__Impl rule__ModbusConnection__Group_6_1__1 ;
    public final void rule__ModbusConnection__Group_6_1__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:2774:1: ( rule__ModbusConnection__Group_6_1__0__Impl rule__ModbusConnection__Group_6_1__1 )
            // InternalTwin.g:2775:2: rule__ModbusConnection__Group_6_1__0__Impl rule__ModbusConnection__Group_6_1__1
            {
            pushFollow(FOLLOW_13);
            rule__ModbusConnection__Group_6_1__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__ModbusConnection__Group_6_1__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ModbusConnection__Group_6_1__0"


    // $ANTLR start "rule__ModbusConnection__Group_6_1__0__Impl"
    // InternalTwin.g:2782:1: rule__ModbusConnection__Group_6_1__0__Impl : ( ( rule__ModbusConnection__SettingsAssignment_6_1_0 ) ) ;
    public final void rule__ModbusConnection__Group_6_1__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:2786:1: ( ( ( rule__ModbusConnection__SettingsAssignment_6_1_0 ) ) )
            // InternalTwin.g:2787:1: ( ( rule__ModbusConnection__SettingsAssignment_6_1_0 ) )
            {
            // InternalTwin.g:2787:1: ( ( rule__ModbusConnection__SettingsAssignment_6_1_0 ) )
            // InternalTwin.g:2788:2: ( rule__ModbusConnection__SettingsAssignment_6_1_0 )
            {
             before(grammarAccess.getModbusConnectionAccess().getSettingsAssignment_6_1_0()); 
            // InternalTwin.g:2789:2: ( rule__ModbusConnection__SettingsAssignment_6_1_0 )
            // InternalTwin.g:2789:3: rule__ModbusConnection__SettingsAssignment_6_1_0
            {
            pushFollow(FOLLOW_2);
            rule__ModbusConnection__SettingsAssignment_6_1_0();

            state._fsp--;


            }

             after(grammarAccess.getModbusConnectionAccess().getSettingsAssignment_6_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ModbusConnection__Group_6_1__0__Impl"


    // $ANTLR start "rule__ModbusConnection__Group_6_1__1"
    // InternalTwin.g:2797:1: rule__ModbusConnection__Group_6_1__1 : rule__ModbusConnection__Group_6_1__1__Impl ;
    public final void rule__ModbusConnection__Group_6_1__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:2801:1: ( rule__ModbusConnection__Group_6_1__1__Impl )
            // InternalTwin.g:2802:2: rule__ModbusConnection__Group_6_1__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__ModbusConnection__Group_6_1__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ModbusConnection__Group_6_1__1"


    // $ANTLR start "rule__ModbusConnection__Group_6_1__1__Impl"
    // InternalTwin.g:2808:1: rule__ModbusConnection__Group_6_1__1__Impl : ( ( rule__ModbusConnection__Group_6_1_1__0 )* ) ;
    public final void rule__ModbusConnection__Group_6_1__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:2812:1: ( ( ( rule__ModbusConnection__Group_6_1_1__0 )* ) )
            // InternalTwin.g:2813:1: ( ( rule__ModbusConnection__Group_6_1_1__0 )* )
            {
            // InternalTwin.g:2813:1: ( ( rule__ModbusConnection__Group_6_1_1__0 )* )
            // InternalTwin.g:2814:2: ( rule__ModbusConnection__Group_6_1_1__0 )*
            {
             before(grammarAccess.getModbusConnectionAccess().getGroup_6_1_1()); 
            // InternalTwin.g:2815:2: ( rule__ModbusConnection__Group_6_1_1__0 )*
            loop33:
            do {
                int alt33=2;
                int LA33_0 = input.LA(1);

                if ( (LA33_0==47||LA33_0==61||LA33_0==63||(LA33_0>=65 && LA33_0<=68)||LA33_0==71) ) {
                    alt33=1;
                }


                switch (alt33) {
            	case 1 :
            	    // InternalTwin.g:2815:3: rule__ModbusConnection__Group_6_1_1__0
            	    {
            	    pushFollow(FOLLOW_14);
            	    rule__ModbusConnection__Group_6_1_1__0();

            	    state._fsp--;


            	    }
            	    break;

            	default :
            	    break loop33;
                }
            } while (true);

             after(grammarAccess.getModbusConnectionAccess().getGroup_6_1_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ModbusConnection__Group_6_1__1__Impl"


    // $ANTLR start "rule__ModbusConnection__Group_6_1_1__0"
    // InternalTwin.g:2824:1: rule__ModbusConnection__Group_6_1_1__0 : rule__ModbusConnection__Group_6_1_1__0__Impl rule__ModbusConnection__Group_6_1_1__1 ;
    public final void rule__ModbusConnection__Group_6_1_1__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:2828:1: ( rule__ModbusConnection__Group_6_1_1__0__Impl rule__ModbusConnection__Group_6_1_1__1 )
            // InternalTwin.g:2829:2: rule__ModbusConnection__Group_6_1_1__0__Impl rule__ModbusConnection__Group_6_1_1__1
            {
            pushFollow(FOLLOW_13);
            rule__ModbusConnection__Group_6_1_1__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__ModbusConnection__Group_6_1_1__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ModbusConnection__Group_6_1_1__0"


    // $ANTLR start "rule__ModbusConnection__Group_6_1_1__0__Impl"
    // InternalTwin.g:2836:1: rule__ModbusConnection__Group_6_1_1__0__Impl : ( ( ',' )? ) ;
    public final void rule__ModbusConnection__Group_6_1_1__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:2840:1: ( ( ( ',' )? ) )
            // InternalTwin.g:2841:1: ( ( ',' )? )
            {
            // InternalTwin.g:2841:1: ( ( ',' )? )
            // InternalTwin.g:2842:2: ( ',' )?
            {
             before(grammarAccess.getModbusConnectionAccess().getCommaKeyword_6_1_1_0()); 
            // InternalTwin.g:2843:2: ( ',' )?
            int alt34=2;
            int LA34_0 = input.LA(1);

            if ( (LA34_0==61) ) {
                alt34=1;
            }
            switch (alt34) {
                case 1 :
                    // InternalTwin.g:2843:3: ','
                    {
                    match(input,61,FOLLOW_2); 

                    }
                    break;

            }

             after(grammarAccess.getModbusConnectionAccess().getCommaKeyword_6_1_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ModbusConnection__Group_6_1_1__0__Impl"


    // $ANTLR start "rule__ModbusConnection__Group_6_1_1__1"
    // InternalTwin.g:2851:1: rule__ModbusConnection__Group_6_1_1__1 : rule__ModbusConnection__Group_6_1_1__1__Impl ;
    public final void rule__ModbusConnection__Group_6_1_1__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:2855:1: ( rule__ModbusConnection__Group_6_1_1__1__Impl )
            // InternalTwin.g:2856:2: rule__ModbusConnection__Group_6_1_1__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__ModbusConnection__Group_6_1_1__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ModbusConnection__Group_6_1_1__1"


    // $ANTLR start "rule__ModbusConnection__Group_6_1_1__1__Impl"
    // InternalTwin.g:2862:1: rule__ModbusConnection__Group_6_1_1__1__Impl : ( ( rule__ModbusConnection__SettingsAssignment_6_1_1_1 ) ) ;
    public final void rule__ModbusConnection__Group_6_1_1__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:2866:1: ( ( ( rule__ModbusConnection__SettingsAssignment_6_1_1_1 ) ) )
            // InternalTwin.g:2867:1: ( ( rule__ModbusConnection__SettingsAssignment_6_1_1_1 ) )
            {
            // InternalTwin.g:2867:1: ( ( rule__ModbusConnection__SettingsAssignment_6_1_1_1 ) )
            // InternalTwin.g:2868:2: ( rule__ModbusConnection__SettingsAssignment_6_1_1_1 )
            {
             before(grammarAccess.getModbusConnectionAccess().getSettingsAssignment_6_1_1_1()); 
            // InternalTwin.g:2869:2: ( rule__ModbusConnection__SettingsAssignment_6_1_1_1 )
            // InternalTwin.g:2869:3: rule__ModbusConnection__SettingsAssignment_6_1_1_1
            {
            pushFollow(FOLLOW_2);
            rule__ModbusConnection__SettingsAssignment_6_1_1_1();

            state._fsp--;


            }

             after(grammarAccess.getModbusConnectionAccess().getSettingsAssignment_6_1_1_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ModbusConnection__Group_6_1_1__1__Impl"


    // $ANTLR start "rule__OpcUaConnection__Group__0"
    // InternalTwin.g:2878:1: rule__OpcUaConnection__Group__0 : rule__OpcUaConnection__Group__0__Impl rule__OpcUaConnection__Group__1 ;
    public final void rule__OpcUaConnection__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:2882:1: ( rule__OpcUaConnection__Group__0__Impl rule__OpcUaConnection__Group__1 )
            // InternalTwin.g:2883:2: rule__OpcUaConnection__Group__0__Impl rule__OpcUaConnection__Group__1
            {
            pushFollow(FOLLOW_6);
            rule__OpcUaConnection__Group__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__OpcUaConnection__Group__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__OpcUaConnection__Group__0"


    // $ANTLR start "rule__OpcUaConnection__Group__0__Impl"
    // InternalTwin.g:2890:1: rule__OpcUaConnection__Group__0__Impl : ( 'connection' ) ;
    public final void rule__OpcUaConnection__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:2894:1: ( ( 'connection' ) )
            // InternalTwin.g:2895:1: ( 'connection' )
            {
            // InternalTwin.g:2895:1: ( 'connection' )
            // InternalTwin.g:2896:2: 'connection'
            {
             before(grammarAccess.getOpcUaConnectionAccess().getConnectionKeyword_0()); 
            match(input,56,FOLLOW_2); 
             after(grammarAccess.getOpcUaConnectionAccess().getConnectionKeyword_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__OpcUaConnection__Group__0__Impl"


    // $ANTLR start "rule__OpcUaConnection__Group__1"
    // InternalTwin.g:2905:1: rule__OpcUaConnection__Group__1 : rule__OpcUaConnection__Group__1__Impl rule__OpcUaConnection__Group__2 ;
    public final void rule__OpcUaConnection__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:2909:1: ( rule__OpcUaConnection__Group__1__Impl rule__OpcUaConnection__Group__2 )
            // InternalTwin.g:2910:2: rule__OpcUaConnection__Group__1__Impl rule__OpcUaConnection__Group__2
            {
            pushFollow(FOLLOW_15);
            rule__OpcUaConnection__Group__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__OpcUaConnection__Group__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__OpcUaConnection__Group__1"


    // $ANTLR start "rule__OpcUaConnection__Group__1__Impl"
    // InternalTwin.g:2917:1: rule__OpcUaConnection__Group__1__Impl : ( ( rule__OpcUaConnection__NameAssignment_1 ) ) ;
    public final void rule__OpcUaConnection__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:2921:1: ( ( ( rule__OpcUaConnection__NameAssignment_1 ) ) )
            // InternalTwin.g:2922:1: ( ( rule__OpcUaConnection__NameAssignment_1 ) )
            {
            // InternalTwin.g:2922:1: ( ( rule__OpcUaConnection__NameAssignment_1 ) )
            // InternalTwin.g:2923:2: ( rule__OpcUaConnection__NameAssignment_1 )
            {
             before(grammarAccess.getOpcUaConnectionAccess().getNameAssignment_1()); 
            // InternalTwin.g:2924:2: ( rule__OpcUaConnection__NameAssignment_1 )
            // InternalTwin.g:2924:3: rule__OpcUaConnection__NameAssignment_1
            {
            pushFollow(FOLLOW_2);
            rule__OpcUaConnection__NameAssignment_1();

            state._fsp--;


            }

             after(grammarAccess.getOpcUaConnectionAccess().getNameAssignment_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__OpcUaConnection__Group__1__Impl"


    // $ANTLR start "rule__OpcUaConnection__Group__2"
    // InternalTwin.g:2932:1: rule__OpcUaConnection__Group__2 : rule__OpcUaConnection__Group__2__Impl rule__OpcUaConnection__Group__3 ;
    public final void rule__OpcUaConnection__Group__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:2936:1: ( rule__OpcUaConnection__Group__2__Impl rule__OpcUaConnection__Group__3 )
            // InternalTwin.g:2937:2: rule__OpcUaConnection__Group__2__Impl rule__OpcUaConnection__Group__3
            {
            pushFollow(FOLLOW_16);
            rule__OpcUaConnection__Group__2__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__OpcUaConnection__Group__3();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__OpcUaConnection__Group__2"


    // $ANTLR start "rule__OpcUaConnection__Group__2__Impl"
    // InternalTwin.g:2944:1: rule__OpcUaConnection__Group__2__Impl : ( 'opcua' ) ;
    public final void rule__OpcUaConnection__Group__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:2948:1: ( ( 'opcua' ) )
            // InternalTwin.g:2949:1: ( 'opcua' )
            {
            // InternalTwin.g:2949:1: ( 'opcua' )
            // InternalTwin.g:2950:2: 'opcua'
            {
             before(grammarAccess.getOpcUaConnectionAccess().getOpcuaKeyword_2()); 
            match(input,62,FOLLOW_2); 
             after(grammarAccess.getOpcUaConnectionAccess().getOpcuaKeyword_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__OpcUaConnection__Group__2__Impl"


    // $ANTLR start "rule__OpcUaConnection__Group__3"
    // InternalTwin.g:2959:1: rule__OpcUaConnection__Group__3 : rule__OpcUaConnection__Group__3__Impl rule__OpcUaConnection__Group__4 ;
    public final void rule__OpcUaConnection__Group__3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:2963:1: ( rule__OpcUaConnection__Group__3__Impl rule__OpcUaConnection__Group__4 )
            // InternalTwin.g:2964:2: rule__OpcUaConnection__Group__3__Impl rule__OpcUaConnection__Group__4
            {
            pushFollow(FOLLOW_16);
            rule__OpcUaConnection__Group__3__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__OpcUaConnection__Group__4();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__OpcUaConnection__Group__3"


    // $ANTLR start "rule__OpcUaConnection__Group__3__Impl"
    // InternalTwin.g:2971:1: rule__OpcUaConnection__Group__3__Impl : ( ( rule__OpcUaConnection__EndpointAssignment_3 )? ) ;
    public final void rule__OpcUaConnection__Group__3__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:2975:1: ( ( ( rule__OpcUaConnection__EndpointAssignment_3 )? ) )
            // InternalTwin.g:2976:1: ( ( rule__OpcUaConnection__EndpointAssignment_3 )? )
            {
            // InternalTwin.g:2976:1: ( ( rule__OpcUaConnection__EndpointAssignment_3 )? )
            // InternalTwin.g:2977:2: ( rule__OpcUaConnection__EndpointAssignment_3 )?
            {
             before(grammarAccess.getOpcUaConnectionAccess().getEndpointAssignment_3()); 
            // InternalTwin.g:2978:2: ( rule__OpcUaConnection__EndpointAssignment_3 )?
            int alt35=2;
            int LA35_0 = input.LA(1);

            if ( (LA35_0==RULE_STRING) ) {
                alt35=1;
            }
            switch (alt35) {
                case 1 :
                    // InternalTwin.g:2978:3: rule__OpcUaConnection__EndpointAssignment_3
                    {
                    pushFollow(FOLLOW_2);
                    rule__OpcUaConnection__EndpointAssignment_3();

                    state._fsp--;


                    }
                    break;

            }

             after(grammarAccess.getOpcUaConnectionAccess().getEndpointAssignment_3()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__OpcUaConnection__Group__3__Impl"


    // $ANTLR start "rule__OpcUaConnection__Group__4"
    // InternalTwin.g:2986:1: rule__OpcUaConnection__Group__4 : rule__OpcUaConnection__Group__4__Impl ;
    public final void rule__OpcUaConnection__Group__4() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:2990:1: ( rule__OpcUaConnection__Group__4__Impl )
            // InternalTwin.g:2991:2: rule__OpcUaConnection__Group__4__Impl
            {
            pushFollow(FOLLOW_2);
            rule__OpcUaConnection__Group__4__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__OpcUaConnection__Group__4"


    // $ANTLR start "rule__OpcUaConnection__Group__4__Impl"
    // InternalTwin.g:2997:1: rule__OpcUaConnection__Group__4__Impl : ( ( rule__OpcUaConnection__Group_4__0 )? ) ;
    public final void rule__OpcUaConnection__Group__4__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:3001:1: ( ( ( rule__OpcUaConnection__Group_4__0 )? ) )
            // InternalTwin.g:3002:1: ( ( rule__OpcUaConnection__Group_4__0 )? )
            {
            // InternalTwin.g:3002:1: ( ( rule__OpcUaConnection__Group_4__0 )? )
            // InternalTwin.g:3003:2: ( rule__OpcUaConnection__Group_4__0 )?
            {
             before(grammarAccess.getOpcUaConnectionAccess().getGroup_4()); 
            // InternalTwin.g:3004:2: ( rule__OpcUaConnection__Group_4__0 )?
            int alt36=2;
            int LA36_0 = input.LA(1);

            if ( (LA36_0==59) ) {
                alt36=1;
            }
            switch (alt36) {
                case 1 :
                    // InternalTwin.g:3004:3: rule__OpcUaConnection__Group_4__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__OpcUaConnection__Group_4__0();

                    state._fsp--;


                    }
                    break;

            }

             after(grammarAccess.getOpcUaConnectionAccess().getGroup_4()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__OpcUaConnection__Group__4__Impl"


    // $ANTLR start "rule__OpcUaConnection__Group_4__0"
    // InternalTwin.g:3013:1: rule__OpcUaConnection__Group_4__0 : rule__OpcUaConnection__Group_4__0__Impl rule__OpcUaConnection__Group_4__1 ;
    public final void rule__OpcUaConnection__Group_4__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:3017:1: ( rule__OpcUaConnection__Group_4__0__Impl rule__OpcUaConnection__Group_4__1 )
            // InternalTwin.g:3018:2: rule__OpcUaConnection__Group_4__0__Impl rule__OpcUaConnection__Group_4__1
            {
            pushFollow(FOLLOW_17);
            rule__OpcUaConnection__Group_4__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__OpcUaConnection__Group_4__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__OpcUaConnection__Group_4__0"


    // $ANTLR start "rule__OpcUaConnection__Group_4__0__Impl"
    // InternalTwin.g:3025:1: rule__OpcUaConnection__Group_4__0__Impl : ( '{' ) ;
    public final void rule__OpcUaConnection__Group_4__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:3029:1: ( ( '{' ) )
            // InternalTwin.g:3030:1: ( '{' )
            {
            // InternalTwin.g:3030:1: ( '{' )
            // InternalTwin.g:3031:2: '{'
            {
             before(grammarAccess.getOpcUaConnectionAccess().getLeftCurlyBracketKeyword_4_0()); 
            match(input,59,FOLLOW_2); 
             after(grammarAccess.getOpcUaConnectionAccess().getLeftCurlyBracketKeyword_4_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__OpcUaConnection__Group_4__0__Impl"


    // $ANTLR start "rule__OpcUaConnection__Group_4__1"
    // InternalTwin.g:3040:1: rule__OpcUaConnection__Group_4__1 : rule__OpcUaConnection__Group_4__1__Impl rule__OpcUaConnection__Group_4__2 ;
    public final void rule__OpcUaConnection__Group_4__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:3044:1: ( rule__OpcUaConnection__Group_4__1__Impl rule__OpcUaConnection__Group_4__2 )
            // InternalTwin.g:3045:2: rule__OpcUaConnection__Group_4__1__Impl rule__OpcUaConnection__Group_4__2
            {
            pushFollow(FOLLOW_17);
            rule__OpcUaConnection__Group_4__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__OpcUaConnection__Group_4__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__OpcUaConnection__Group_4__1"


    // $ANTLR start "rule__OpcUaConnection__Group_4__1__Impl"
    // InternalTwin.g:3052:1: rule__OpcUaConnection__Group_4__1__Impl : ( ( rule__OpcUaConnection__Group_4_1__0 )? ) ;
    public final void rule__OpcUaConnection__Group_4__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:3056:1: ( ( ( rule__OpcUaConnection__Group_4_1__0 )? ) )
            // InternalTwin.g:3057:1: ( ( rule__OpcUaConnection__Group_4_1__0 )? )
            {
            // InternalTwin.g:3057:1: ( ( rule__OpcUaConnection__Group_4_1__0 )? )
            // InternalTwin.g:3058:2: ( rule__OpcUaConnection__Group_4_1__0 )?
            {
             before(grammarAccess.getOpcUaConnectionAccess().getGroup_4_1()); 
            // InternalTwin.g:3059:2: ( rule__OpcUaConnection__Group_4_1__0 )?
            int alt37=2;
            int LA37_0 = input.LA(1);

            if ( (LA37_0==67||(LA37_0>=72 && LA37_0<=73)||(LA37_0>=78 && LA37_0<=79)) ) {
                alt37=1;
            }
            switch (alt37) {
                case 1 :
                    // InternalTwin.g:3059:3: rule__OpcUaConnection__Group_4_1__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__OpcUaConnection__Group_4_1__0();

                    state._fsp--;


                    }
                    break;

            }

             after(grammarAccess.getOpcUaConnectionAccess().getGroup_4_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__OpcUaConnection__Group_4__1__Impl"


    // $ANTLR start "rule__OpcUaConnection__Group_4__2"
    // InternalTwin.g:3067:1: rule__OpcUaConnection__Group_4__2 : rule__OpcUaConnection__Group_4__2__Impl ;
    public final void rule__OpcUaConnection__Group_4__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:3071:1: ( rule__OpcUaConnection__Group_4__2__Impl )
            // InternalTwin.g:3072:2: rule__OpcUaConnection__Group_4__2__Impl
            {
            pushFollow(FOLLOW_2);
            rule__OpcUaConnection__Group_4__2__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__OpcUaConnection__Group_4__2"


    // $ANTLR start "rule__OpcUaConnection__Group_4__2__Impl"
    // InternalTwin.g:3078:1: rule__OpcUaConnection__Group_4__2__Impl : ( '}' ) ;
    public final void rule__OpcUaConnection__Group_4__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:3082:1: ( ( '}' ) )
            // InternalTwin.g:3083:1: ( '}' )
            {
            // InternalTwin.g:3083:1: ( '}' )
            // InternalTwin.g:3084:2: '}'
            {
             before(grammarAccess.getOpcUaConnectionAccess().getRightCurlyBracketKeyword_4_2()); 
            match(input,60,FOLLOW_2); 
             after(grammarAccess.getOpcUaConnectionAccess().getRightCurlyBracketKeyword_4_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__OpcUaConnection__Group_4__2__Impl"


    // $ANTLR start "rule__OpcUaConnection__Group_4_1__0"
    // InternalTwin.g:3094:1: rule__OpcUaConnection__Group_4_1__0 : rule__OpcUaConnection__Group_4_1__0__Impl rule__OpcUaConnection__Group_4_1__1 ;
    public final void rule__OpcUaConnection__Group_4_1__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:3098:1: ( rule__OpcUaConnection__Group_4_1__0__Impl rule__OpcUaConnection__Group_4_1__1 )
            // InternalTwin.g:3099:2: rule__OpcUaConnection__Group_4_1__0__Impl rule__OpcUaConnection__Group_4_1__1
            {
            pushFollow(FOLLOW_18);
            rule__OpcUaConnection__Group_4_1__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__OpcUaConnection__Group_4_1__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__OpcUaConnection__Group_4_1__0"


    // $ANTLR start "rule__OpcUaConnection__Group_4_1__0__Impl"
    // InternalTwin.g:3106:1: rule__OpcUaConnection__Group_4_1__0__Impl : ( ( rule__OpcUaConnection__SettingsAssignment_4_1_0 ) ) ;
    public final void rule__OpcUaConnection__Group_4_1__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:3110:1: ( ( ( rule__OpcUaConnection__SettingsAssignment_4_1_0 ) ) )
            // InternalTwin.g:3111:1: ( ( rule__OpcUaConnection__SettingsAssignment_4_1_0 ) )
            {
            // InternalTwin.g:3111:1: ( ( rule__OpcUaConnection__SettingsAssignment_4_1_0 ) )
            // InternalTwin.g:3112:2: ( rule__OpcUaConnection__SettingsAssignment_4_1_0 )
            {
             before(grammarAccess.getOpcUaConnectionAccess().getSettingsAssignment_4_1_0()); 
            // InternalTwin.g:3113:2: ( rule__OpcUaConnection__SettingsAssignment_4_1_0 )
            // InternalTwin.g:3113:3: rule__OpcUaConnection__SettingsAssignment_4_1_0
            {
            pushFollow(FOLLOW_2);
            rule__OpcUaConnection__SettingsAssignment_4_1_0();

            state._fsp--;


            }

             after(grammarAccess.getOpcUaConnectionAccess().getSettingsAssignment_4_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__OpcUaConnection__Group_4_1__0__Impl"


    // $ANTLR start "rule__OpcUaConnection__Group_4_1__1"
    // InternalTwin.g:3121:1: rule__OpcUaConnection__Group_4_1__1 : rule__OpcUaConnection__Group_4_1__1__Impl ;
    public final void rule__OpcUaConnection__Group_4_1__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:3125:1: ( rule__OpcUaConnection__Group_4_1__1__Impl )
            // InternalTwin.g:3126:2: rule__OpcUaConnection__Group_4_1__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__OpcUaConnection__Group_4_1__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__OpcUaConnection__Group_4_1__1"


    // $ANTLR start "rule__OpcUaConnection__Group_4_1__1__Impl"
    // InternalTwin.g:3132:1: rule__OpcUaConnection__Group_4_1__1__Impl : ( ( rule__OpcUaConnection__Group_4_1_1__0 )* ) ;
    public final void rule__OpcUaConnection__Group_4_1__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:3136:1: ( ( ( rule__OpcUaConnection__Group_4_1_1__0 )* ) )
            // InternalTwin.g:3137:1: ( ( rule__OpcUaConnection__Group_4_1_1__0 )* )
            {
            // InternalTwin.g:3137:1: ( ( rule__OpcUaConnection__Group_4_1_1__0 )* )
            // InternalTwin.g:3138:2: ( rule__OpcUaConnection__Group_4_1_1__0 )*
            {
             before(grammarAccess.getOpcUaConnectionAccess().getGroup_4_1_1()); 
            // InternalTwin.g:3139:2: ( rule__OpcUaConnection__Group_4_1_1__0 )*
            loop38:
            do {
                int alt38=2;
                int LA38_0 = input.LA(1);

                if ( (LA38_0==61||LA38_0==67||(LA38_0>=72 && LA38_0<=73)||(LA38_0>=78 && LA38_0<=79)) ) {
                    alt38=1;
                }


                switch (alt38) {
            	case 1 :
            	    // InternalTwin.g:3139:3: rule__OpcUaConnection__Group_4_1_1__0
            	    {
            	    pushFollow(FOLLOW_19);
            	    rule__OpcUaConnection__Group_4_1_1__0();

            	    state._fsp--;


            	    }
            	    break;

            	default :
            	    break loop38;
                }
            } while (true);

             after(grammarAccess.getOpcUaConnectionAccess().getGroup_4_1_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__OpcUaConnection__Group_4_1__1__Impl"


    // $ANTLR start "rule__OpcUaConnection__Group_4_1_1__0"
    // InternalTwin.g:3148:1: rule__OpcUaConnection__Group_4_1_1__0 : rule__OpcUaConnection__Group_4_1_1__0__Impl rule__OpcUaConnection__Group_4_1_1__1 ;
    public final void rule__OpcUaConnection__Group_4_1_1__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:3152:1: ( rule__OpcUaConnection__Group_4_1_1__0__Impl rule__OpcUaConnection__Group_4_1_1__1 )
            // InternalTwin.g:3153:2: rule__OpcUaConnection__Group_4_1_1__0__Impl rule__OpcUaConnection__Group_4_1_1__1
            {
            pushFollow(FOLLOW_18);
            rule__OpcUaConnection__Group_4_1_1__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__OpcUaConnection__Group_4_1_1__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__OpcUaConnection__Group_4_1_1__0"


    // $ANTLR start "rule__OpcUaConnection__Group_4_1_1__0__Impl"
    // InternalTwin.g:3160:1: rule__OpcUaConnection__Group_4_1_1__0__Impl : ( ( ',' )? ) ;
    public final void rule__OpcUaConnection__Group_4_1_1__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:3164:1: ( ( ( ',' )? ) )
            // InternalTwin.g:3165:1: ( ( ',' )? )
            {
            // InternalTwin.g:3165:1: ( ( ',' )? )
            // InternalTwin.g:3166:2: ( ',' )?
            {
             before(grammarAccess.getOpcUaConnectionAccess().getCommaKeyword_4_1_1_0()); 
            // InternalTwin.g:3167:2: ( ',' )?
            int alt39=2;
            int LA39_0 = input.LA(1);

            if ( (LA39_0==61) ) {
                alt39=1;
            }
            switch (alt39) {
                case 1 :
                    // InternalTwin.g:3167:3: ','
                    {
                    match(input,61,FOLLOW_2); 

                    }
                    break;

            }

             after(grammarAccess.getOpcUaConnectionAccess().getCommaKeyword_4_1_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__OpcUaConnection__Group_4_1_1__0__Impl"


    // $ANTLR start "rule__OpcUaConnection__Group_4_1_1__1"
    // InternalTwin.g:3175:1: rule__OpcUaConnection__Group_4_1_1__1 : rule__OpcUaConnection__Group_4_1_1__1__Impl ;
    public final void rule__OpcUaConnection__Group_4_1_1__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:3179:1: ( rule__OpcUaConnection__Group_4_1_1__1__Impl )
            // InternalTwin.g:3180:2: rule__OpcUaConnection__Group_4_1_1__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__OpcUaConnection__Group_4_1_1__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__OpcUaConnection__Group_4_1_1__1"


    // $ANTLR start "rule__OpcUaConnection__Group_4_1_1__1__Impl"
    // InternalTwin.g:3186:1: rule__OpcUaConnection__Group_4_1_1__1__Impl : ( ( rule__OpcUaConnection__SettingsAssignment_4_1_1_1 ) ) ;
    public final void rule__OpcUaConnection__Group_4_1_1__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:3190:1: ( ( ( rule__OpcUaConnection__SettingsAssignment_4_1_1_1 ) ) )
            // InternalTwin.g:3191:1: ( ( rule__OpcUaConnection__SettingsAssignment_4_1_1_1 ) )
            {
            // InternalTwin.g:3191:1: ( ( rule__OpcUaConnection__SettingsAssignment_4_1_1_1 ) )
            // InternalTwin.g:3192:2: ( rule__OpcUaConnection__SettingsAssignment_4_1_1_1 )
            {
             before(grammarAccess.getOpcUaConnectionAccess().getSettingsAssignment_4_1_1_1()); 
            // InternalTwin.g:3193:2: ( rule__OpcUaConnection__SettingsAssignment_4_1_1_1 )
            // InternalTwin.g:3193:3: rule__OpcUaConnection__SettingsAssignment_4_1_1_1
            {
            pushFollow(FOLLOW_2);
            rule__OpcUaConnection__SettingsAssignment_4_1_1_1();

            state._fsp--;


            }

             after(grammarAccess.getOpcUaConnectionAccess().getSettingsAssignment_4_1_1_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__OpcUaConnection__Group_4_1_1__1__Impl"


    // $ANTLR start "rule__ByteOrderSetting__Group__0"
    // InternalTwin.g:3202:1: rule__ByteOrderSetting__Group__0 : rule__ByteOrderSetting__Group__0__Impl rule__ByteOrderSetting__Group__1 ;
    public final void rule__ByteOrderSetting__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:3206:1: ( rule__ByteOrderSetting__Group__0__Impl rule__ByteOrderSetting__Group__1 )
            // InternalTwin.g:3207:2: rule__ByteOrderSetting__Group__0__Impl rule__ByteOrderSetting__Group__1
            {
            pushFollow(FOLLOW_20);
            rule__ByteOrderSetting__Group__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__ByteOrderSetting__Group__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ByteOrderSetting__Group__0"


    // $ANTLR start "rule__ByteOrderSetting__Group__0__Impl"
    // InternalTwin.g:3214:1: rule__ByteOrderSetting__Group__0__Impl : ( 'byte' ) ;
    public final void rule__ByteOrderSetting__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:3218:1: ( ( 'byte' ) )
            // InternalTwin.g:3219:1: ( 'byte' )
            {
            // InternalTwin.g:3219:1: ( 'byte' )
            // InternalTwin.g:3220:2: 'byte'
            {
             before(grammarAccess.getByteOrderSettingAccess().getByteKeyword_0()); 
            match(input,63,FOLLOW_2); 
             after(grammarAccess.getByteOrderSettingAccess().getByteKeyword_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ByteOrderSetting__Group__0__Impl"


    // $ANTLR start "rule__ByteOrderSetting__Group__1"
    // InternalTwin.g:3229:1: rule__ByteOrderSetting__Group__1 : rule__ByteOrderSetting__Group__1__Impl rule__ByteOrderSetting__Group__2 ;
    public final void rule__ByteOrderSetting__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:3233:1: ( rule__ByteOrderSetting__Group__1__Impl rule__ByteOrderSetting__Group__2 )
            // InternalTwin.g:3234:2: rule__ByteOrderSetting__Group__1__Impl rule__ByteOrderSetting__Group__2
            {
            pushFollow(FOLLOW_21);
            rule__ByteOrderSetting__Group__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__ByteOrderSetting__Group__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ByteOrderSetting__Group__1"


    // $ANTLR start "rule__ByteOrderSetting__Group__1__Impl"
    // InternalTwin.g:3241:1: rule__ByteOrderSetting__Group__1__Impl : ( 'order' ) ;
    public final void rule__ByteOrderSetting__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:3245:1: ( ( 'order' ) )
            // InternalTwin.g:3246:1: ( 'order' )
            {
            // InternalTwin.g:3246:1: ( 'order' )
            // InternalTwin.g:3247:2: 'order'
            {
             before(grammarAccess.getByteOrderSettingAccess().getOrderKeyword_1()); 
            match(input,64,FOLLOW_2); 
             after(grammarAccess.getByteOrderSettingAccess().getOrderKeyword_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ByteOrderSetting__Group__1__Impl"


    // $ANTLR start "rule__ByteOrderSetting__Group__2"
    // InternalTwin.g:3256:1: rule__ByteOrderSetting__Group__2 : rule__ByteOrderSetting__Group__2__Impl ;
    public final void rule__ByteOrderSetting__Group__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:3260:1: ( rule__ByteOrderSetting__Group__2__Impl )
            // InternalTwin.g:3261:2: rule__ByteOrderSetting__Group__2__Impl
            {
            pushFollow(FOLLOW_2);
            rule__ByteOrderSetting__Group__2__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ByteOrderSetting__Group__2"


    // $ANTLR start "rule__ByteOrderSetting__Group__2__Impl"
    // InternalTwin.g:3267:1: rule__ByteOrderSetting__Group__2__Impl : ( ( rule__ByteOrderSetting__OrderAssignment_2 ) ) ;
    public final void rule__ByteOrderSetting__Group__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:3271:1: ( ( ( rule__ByteOrderSetting__OrderAssignment_2 ) ) )
            // InternalTwin.g:3272:1: ( ( rule__ByteOrderSetting__OrderAssignment_2 ) )
            {
            // InternalTwin.g:3272:1: ( ( rule__ByteOrderSetting__OrderAssignment_2 ) )
            // InternalTwin.g:3273:2: ( rule__ByteOrderSetting__OrderAssignment_2 )
            {
             before(grammarAccess.getByteOrderSettingAccess().getOrderAssignment_2()); 
            // InternalTwin.g:3274:2: ( rule__ByteOrderSetting__OrderAssignment_2 )
            // InternalTwin.g:3274:3: rule__ByteOrderSetting__OrderAssignment_2
            {
            pushFollow(FOLLOW_2);
            rule__ByteOrderSetting__OrderAssignment_2();

            state._fsp--;


            }

             after(grammarAccess.getByteOrderSettingAccess().getOrderAssignment_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ByteOrderSetting__Group__2__Impl"


    // $ANTLR start "rule__WordOrderSetting__Group__0"
    // InternalTwin.g:3283:1: rule__WordOrderSetting__Group__0 : rule__WordOrderSetting__Group__0__Impl rule__WordOrderSetting__Group__1 ;
    public final void rule__WordOrderSetting__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:3287:1: ( rule__WordOrderSetting__Group__0__Impl rule__WordOrderSetting__Group__1 )
            // InternalTwin.g:3288:2: rule__WordOrderSetting__Group__0__Impl rule__WordOrderSetting__Group__1
            {
            pushFollow(FOLLOW_20);
            rule__WordOrderSetting__Group__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__WordOrderSetting__Group__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__WordOrderSetting__Group__0"


    // $ANTLR start "rule__WordOrderSetting__Group__0__Impl"
    // InternalTwin.g:3295:1: rule__WordOrderSetting__Group__0__Impl : ( 'word' ) ;
    public final void rule__WordOrderSetting__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:3299:1: ( ( 'word' ) )
            // InternalTwin.g:3300:1: ( 'word' )
            {
            // InternalTwin.g:3300:1: ( 'word' )
            // InternalTwin.g:3301:2: 'word'
            {
             before(grammarAccess.getWordOrderSettingAccess().getWordKeyword_0()); 
            match(input,65,FOLLOW_2); 
             after(grammarAccess.getWordOrderSettingAccess().getWordKeyword_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__WordOrderSetting__Group__0__Impl"


    // $ANTLR start "rule__WordOrderSetting__Group__1"
    // InternalTwin.g:3310:1: rule__WordOrderSetting__Group__1 : rule__WordOrderSetting__Group__1__Impl rule__WordOrderSetting__Group__2 ;
    public final void rule__WordOrderSetting__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:3314:1: ( rule__WordOrderSetting__Group__1__Impl rule__WordOrderSetting__Group__2 )
            // InternalTwin.g:3315:2: rule__WordOrderSetting__Group__1__Impl rule__WordOrderSetting__Group__2
            {
            pushFollow(FOLLOW_21);
            rule__WordOrderSetting__Group__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__WordOrderSetting__Group__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__WordOrderSetting__Group__1"


    // $ANTLR start "rule__WordOrderSetting__Group__1__Impl"
    // InternalTwin.g:3322:1: rule__WordOrderSetting__Group__1__Impl : ( 'order' ) ;
    public final void rule__WordOrderSetting__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:3326:1: ( ( 'order' ) )
            // InternalTwin.g:3327:1: ( 'order' )
            {
            // InternalTwin.g:3327:1: ( 'order' )
            // InternalTwin.g:3328:2: 'order'
            {
             before(grammarAccess.getWordOrderSettingAccess().getOrderKeyword_1()); 
            match(input,64,FOLLOW_2); 
             after(grammarAccess.getWordOrderSettingAccess().getOrderKeyword_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__WordOrderSetting__Group__1__Impl"


    // $ANTLR start "rule__WordOrderSetting__Group__2"
    // InternalTwin.g:3337:1: rule__WordOrderSetting__Group__2 : rule__WordOrderSetting__Group__2__Impl ;
    public final void rule__WordOrderSetting__Group__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:3341:1: ( rule__WordOrderSetting__Group__2__Impl )
            // InternalTwin.g:3342:2: rule__WordOrderSetting__Group__2__Impl
            {
            pushFollow(FOLLOW_2);
            rule__WordOrderSetting__Group__2__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__WordOrderSetting__Group__2"


    // $ANTLR start "rule__WordOrderSetting__Group__2__Impl"
    // InternalTwin.g:3348:1: rule__WordOrderSetting__Group__2__Impl : ( ( rule__WordOrderSetting__OrderAssignment_2 ) ) ;
    public final void rule__WordOrderSetting__Group__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:3352:1: ( ( ( rule__WordOrderSetting__OrderAssignment_2 ) ) )
            // InternalTwin.g:3353:1: ( ( rule__WordOrderSetting__OrderAssignment_2 ) )
            {
            // InternalTwin.g:3353:1: ( ( rule__WordOrderSetting__OrderAssignment_2 ) )
            // InternalTwin.g:3354:2: ( rule__WordOrderSetting__OrderAssignment_2 )
            {
             before(grammarAccess.getWordOrderSettingAccess().getOrderAssignment_2()); 
            // InternalTwin.g:3355:2: ( rule__WordOrderSetting__OrderAssignment_2 )
            // InternalTwin.g:3355:3: rule__WordOrderSetting__OrderAssignment_2
            {
            pushFollow(FOLLOW_2);
            rule__WordOrderSetting__OrderAssignment_2();

            state._fsp--;


            }

             after(grammarAccess.getWordOrderSettingAccess().getOrderAssignment_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__WordOrderSetting__Group__2__Impl"


    // $ANTLR start "rule__PollSetting__Group__0"
    // InternalTwin.g:3364:1: rule__PollSetting__Group__0 : rule__PollSetting__Group__0__Impl rule__PollSetting__Group__1 ;
    public final void rule__PollSetting__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:3368:1: ( rule__PollSetting__Group__0__Impl rule__PollSetting__Group__1 )
            // InternalTwin.g:3369:2: rule__PollSetting__Group__0__Impl rule__PollSetting__Group__1
            {
            pushFollow(FOLLOW_11);
            rule__PollSetting__Group__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__PollSetting__Group__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PollSetting__Group__0"


    // $ANTLR start "rule__PollSetting__Group__0__Impl"
    // InternalTwin.g:3376:1: rule__PollSetting__Group__0__Impl : ( 'poll' ) ;
    public final void rule__PollSetting__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:3380:1: ( ( 'poll' ) )
            // InternalTwin.g:3381:1: ( 'poll' )
            {
            // InternalTwin.g:3381:1: ( 'poll' )
            // InternalTwin.g:3382:2: 'poll'
            {
             before(grammarAccess.getPollSettingAccess().getPollKeyword_0()); 
            match(input,66,FOLLOW_2); 
             after(grammarAccess.getPollSettingAccess().getPollKeyword_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PollSetting__Group__0__Impl"


    // $ANTLR start "rule__PollSetting__Group__1"
    // InternalTwin.g:3391:1: rule__PollSetting__Group__1 : rule__PollSetting__Group__1__Impl ;
    public final void rule__PollSetting__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:3395:1: ( rule__PollSetting__Group__1__Impl )
            // InternalTwin.g:3396:2: rule__PollSetting__Group__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__PollSetting__Group__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PollSetting__Group__1"


    // $ANTLR start "rule__PollSetting__Group__1__Impl"
    // InternalTwin.g:3402:1: rule__PollSetting__Group__1__Impl : ( ( rule__PollSetting__PeriodAssignment_1 ) ) ;
    public final void rule__PollSetting__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:3406:1: ( ( ( rule__PollSetting__PeriodAssignment_1 ) ) )
            // InternalTwin.g:3407:1: ( ( rule__PollSetting__PeriodAssignment_1 ) )
            {
            // InternalTwin.g:3407:1: ( ( rule__PollSetting__PeriodAssignment_1 ) )
            // InternalTwin.g:3408:2: ( rule__PollSetting__PeriodAssignment_1 )
            {
             before(grammarAccess.getPollSettingAccess().getPeriodAssignment_1()); 
            // InternalTwin.g:3409:2: ( rule__PollSetting__PeriodAssignment_1 )
            // InternalTwin.g:3409:3: rule__PollSetting__PeriodAssignment_1
            {
            pushFollow(FOLLOW_2);
            rule__PollSetting__PeriodAssignment_1();

            state._fsp--;


            }

             after(grammarAccess.getPollSettingAccess().getPeriodAssignment_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PollSetting__Group__1__Impl"


    // $ANTLR start "rule__TimeoutSetting__Group__0"
    // InternalTwin.g:3418:1: rule__TimeoutSetting__Group__0 : rule__TimeoutSetting__Group__0__Impl rule__TimeoutSetting__Group__1 ;
    public final void rule__TimeoutSetting__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:3422:1: ( rule__TimeoutSetting__Group__0__Impl rule__TimeoutSetting__Group__1 )
            // InternalTwin.g:3423:2: rule__TimeoutSetting__Group__0__Impl rule__TimeoutSetting__Group__1
            {
            pushFollow(FOLLOW_11);
            rule__TimeoutSetting__Group__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__TimeoutSetting__Group__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__TimeoutSetting__Group__0"


    // $ANTLR start "rule__TimeoutSetting__Group__0__Impl"
    // InternalTwin.g:3430:1: rule__TimeoutSetting__Group__0__Impl : ( 'timeout' ) ;
    public final void rule__TimeoutSetting__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:3434:1: ( ( 'timeout' ) )
            // InternalTwin.g:3435:1: ( 'timeout' )
            {
            // InternalTwin.g:3435:1: ( 'timeout' )
            // InternalTwin.g:3436:2: 'timeout'
            {
             before(grammarAccess.getTimeoutSettingAccess().getTimeoutKeyword_0()); 
            match(input,67,FOLLOW_2); 
             after(grammarAccess.getTimeoutSettingAccess().getTimeoutKeyword_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__TimeoutSetting__Group__0__Impl"


    // $ANTLR start "rule__TimeoutSetting__Group__1"
    // InternalTwin.g:3445:1: rule__TimeoutSetting__Group__1 : rule__TimeoutSetting__Group__1__Impl ;
    public final void rule__TimeoutSetting__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:3449:1: ( rule__TimeoutSetting__Group__1__Impl )
            // InternalTwin.g:3450:2: rule__TimeoutSetting__Group__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__TimeoutSetting__Group__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__TimeoutSetting__Group__1"


    // $ANTLR start "rule__TimeoutSetting__Group__1__Impl"
    // InternalTwin.g:3456:1: rule__TimeoutSetting__Group__1__Impl : ( ( rule__TimeoutSetting__PeriodAssignment_1 ) ) ;
    public final void rule__TimeoutSetting__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:3460:1: ( ( ( rule__TimeoutSetting__PeriodAssignment_1 ) ) )
            // InternalTwin.g:3461:1: ( ( rule__TimeoutSetting__PeriodAssignment_1 ) )
            {
            // InternalTwin.g:3461:1: ( ( rule__TimeoutSetting__PeriodAssignment_1 ) )
            // InternalTwin.g:3462:2: ( rule__TimeoutSetting__PeriodAssignment_1 )
            {
             before(grammarAccess.getTimeoutSettingAccess().getPeriodAssignment_1()); 
            // InternalTwin.g:3463:2: ( rule__TimeoutSetting__PeriodAssignment_1 )
            // InternalTwin.g:3463:3: rule__TimeoutSetting__PeriodAssignment_1
            {
            pushFollow(FOLLOW_2);
            rule__TimeoutSetting__PeriodAssignment_1();

            state._fsp--;


            }

             after(grammarAccess.getTimeoutSettingAccess().getPeriodAssignment_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__TimeoutSetting__Group__1__Impl"


    // $ANTLR start "rule__RetriesSetting__Group__0"
    // InternalTwin.g:3472:1: rule__RetriesSetting__Group__0 : rule__RetriesSetting__Group__0__Impl rule__RetriesSetting__Group__1 ;
    public final void rule__RetriesSetting__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:3476:1: ( rule__RetriesSetting__Group__0__Impl rule__RetriesSetting__Group__1 )
            // InternalTwin.g:3477:2: rule__RetriesSetting__Group__0__Impl rule__RetriesSetting__Group__1
            {
            pushFollow(FOLLOW_11);
            rule__RetriesSetting__Group__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__RetriesSetting__Group__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__RetriesSetting__Group__0"


    // $ANTLR start "rule__RetriesSetting__Group__0__Impl"
    // InternalTwin.g:3484:1: rule__RetriesSetting__Group__0__Impl : ( 'retries' ) ;
    public final void rule__RetriesSetting__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:3488:1: ( ( 'retries' ) )
            // InternalTwin.g:3489:1: ( 'retries' )
            {
            // InternalTwin.g:3489:1: ( 'retries' )
            // InternalTwin.g:3490:2: 'retries'
            {
             before(grammarAccess.getRetriesSettingAccess().getRetriesKeyword_0()); 
            match(input,68,FOLLOW_2); 
             after(grammarAccess.getRetriesSettingAccess().getRetriesKeyword_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__RetriesSetting__Group__0__Impl"


    // $ANTLR start "rule__RetriesSetting__Group__1"
    // InternalTwin.g:3499:1: rule__RetriesSetting__Group__1 : rule__RetriesSetting__Group__1__Impl ;
    public final void rule__RetriesSetting__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:3503:1: ( rule__RetriesSetting__Group__1__Impl )
            // InternalTwin.g:3504:2: rule__RetriesSetting__Group__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__RetriesSetting__Group__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__RetriesSetting__Group__1"


    // $ANTLR start "rule__RetriesSetting__Group__1__Impl"
    // InternalTwin.g:3510:1: rule__RetriesSetting__Group__1__Impl : ( ( rule__RetriesSetting__CountAssignment_1 ) ) ;
    public final void rule__RetriesSetting__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:3514:1: ( ( ( rule__RetriesSetting__CountAssignment_1 ) ) )
            // InternalTwin.g:3515:1: ( ( rule__RetriesSetting__CountAssignment_1 ) )
            {
            // InternalTwin.g:3515:1: ( ( rule__RetriesSetting__CountAssignment_1 ) )
            // InternalTwin.g:3516:2: ( rule__RetriesSetting__CountAssignment_1 )
            {
             before(grammarAccess.getRetriesSettingAccess().getCountAssignment_1()); 
            // InternalTwin.g:3517:2: ( rule__RetriesSetting__CountAssignment_1 )
            // InternalTwin.g:3517:3: rule__RetriesSetting__CountAssignment_1
            {
            pushFollow(FOLLOW_2);
            rule__RetriesSetting__CountAssignment_1();

            state._fsp--;


            }

             after(grammarAccess.getRetriesSettingAccess().getCountAssignment_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__RetriesSetting__Group__1__Impl"


    // $ANTLR start "rule__MaxRegistersSetting__Group__0"
    // InternalTwin.g:3526:1: rule__MaxRegistersSetting__Group__0 : rule__MaxRegistersSetting__Group__0__Impl rule__MaxRegistersSetting__Group__1 ;
    public final void rule__MaxRegistersSetting__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:3530:1: ( rule__MaxRegistersSetting__Group__0__Impl rule__MaxRegistersSetting__Group__1 )
            // InternalTwin.g:3531:2: rule__MaxRegistersSetting__Group__0__Impl rule__MaxRegistersSetting__Group__1
            {
            pushFollow(FOLLOW_22);
            rule__MaxRegistersSetting__Group__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__MaxRegistersSetting__Group__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__MaxRegistersSetting__Group__0"


    // $ANTLR start "rule__MaxRegistersSetting__Group__0__Impl"
    // InternalTwin.g:3538:1: rule__MaxRegistersSetting__Group__0__Impl : ( 'max' ) ;
    public final void rule__MaxRegistersSetting__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:3542:1: ( ( 'max' ) )
            // InternalTwin.g:3543:1: ( 'max' )
            {
            // InternalTwin.g:3543:1: ( 'max' )
            // InternalTwin.g:3544:2: 'max'
            {
             before(grammarAccess.getMaxRegistersSettingAccess().getMaxKeyword_0()); 
            match(input,47,FOLLOW_2); 
             after(grammarAccess.getMaxRegistersSettingAccess().getMaxKeyword_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__MaxRegistersSetting__Group__0__Impl"


    // $ANTLR start "rule__MaxRegistersSetting__Group__1"
    // InternalTwin.g:3553:1: rule__MaxRegistersSetting__Group__1 : rule__MaxRegistersSetting__Group__1__Impl rule__MaxRegistersSetting__Group__2 ;
    public final void rule__MaxRegistersSetting__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:3557:1: ( rule__MaxRegistersSetting__Group__1__Impl rule__MaxRegistersSetting__Group__2 )
            // InternalTwin.g:3558:2: rule__MaxRegistersSetting__Group__1__Impl rule__MaxRegistersSetting__Group__2
            {
            pushFollow(FOLLOW_11);
            rule__MaxRegistersSetting__Group__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__MaxRegistersSetting__Group__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__MaxRegistersSetting__Group__1"


    // $ANTLR start "rule__MaxRegistersSetting__Group__1__Impl"
    // InternalTwin.g:3565:1: rule__MaxRegistersSetting__Group__1__Impl : ( 'registers' ) ;
    public final void rule__MaxRegistersSetting__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:3569:1: ( ( 'registers' ) )
            // InternalTwin.g:3570:1: ( 'registers' )
            {
            // InternalTwin.g:3570:1: ( 'registers' )
            // InternalTwin.g:3571:2: 'registers'
            {
             before(grammarAccess.getMaxRegistersSettingAccess().getRegistersKeyword_1()); 
            match(input,69,FOLLOW_2); 
             after(grammarAccess.getMaxRegistersSettingAccess().getRegistersKeyword_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__MaxRegistersSetting__Group__1__Impl"


    // $ANTLR start "rule__MaxRegistersSetting__Group__2"
    // InternalTwin.g:3580:1: rule__MaxRegistersSetting__Group__2 : rule__MaxRegistersSetting__Group__2__Impl ;
    public final void rule__MaxRegistersSetting__Group__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:3584:1: ( rule__MaxRegistersSetting__Group__2__Impl )
            // InternalTwin.g:3585:2: rule__MaxRegistersSetting__Group__2__Impl
            {
            pushFollow(FOLLOW_2);
            rule__MaxRegistersSetting__Group__2__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__MaxRegistersSetting__Group__2"


    // $ANTLR start "rule__MaxRegistersSetting__Group__2__Impl"
    // InternalTwin.g:3591:1: rule__MaxRegistersSetting__Group__2__Impl : ( ( rule__MaxRegistersSetting__CountAssignment_2 ) ) ;
    public final void rule__MaxRegistersSetting__Group__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:3595:1: ( ( ( rule__MaxRegistersSetting__CountAssignment_2 ) ) )
            // InternalTwin.g:3596:1: ( ( rule__MaxRegistersSetting__CountAssignment_2 ) )
            {
            // InternalTwin.g:3596:1: ( ( rule__MaxRegistersSetting__CountAssignment_2 ) )
            // InternalTwin.g:3597:2: ( rule__MaxRegistersSetting__CountAssignment_2 )
            {
             before(grammarAccess.getMaxRegistersSettingAccess().getCountAssignment_2()); 
            // InternalTwin.g:3598:2: ( rule__MaxRegistersSetting__CountAssignment_2 )
            // InternalTwin.g:3598:3: rule__MaxRegistersSetting__CountAssignment_2
            {
            pushFollow(FOLLOW_2);
            rule__MaxRegistersSetting__CountAssignment_2();

            state._fsp--;


            }

             after(grammarAccess.getMaxRegistersSettingAccess().getCountAssignment_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__MaxRegistersSetting__Group__2__Impl"


    // $ANTLR start "rule__MaxGapSetting__Group__0"
    // InternalTwin.g:3607:1: rule__MaxGapSetting__Group__0 : rule__MaxGapSetting__Group__0__Impl rule__MaxGapSetting__Group__1 ;
    public final void rule__MaxGapSetting__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:3611:1: ( rule__MaxGapSetting__Group__0__Impl rule__MaxGapSetting__Group__1 )
            // InternalTwin.g:3612:2: rule__MaxGapSetting__Group__0__Impl rule__MaxGapSetting__Group__1
            {
            pushFollow(FOLLOW_23);
            rule__MaxGapSetting__Group__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__MaxGapSetting__Group__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__MaxGapSetting__Group__0"


    // $ANTLR start "rule__MaxGapSetting__Group__0__Impl"
    // InternalTwin.g:3619:1: rule__MaxGapSetting__Group__0__Impl : ( 'max' ) ;
    public final void rule__MaxGapSetting__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:3623:1: ( ( 'max' ) )
            // InternalTwin.g:3624:1: ( 'max' )
            {
            // InternalTwin.g:3624:1: ( 'max' )
            // InternalTwin.g:3625:2: 'max'
            {
             before(grammarAccess.getMaxGapSettingAccess().getMaxKeyword_0()); 
            match(input,47,FOLLOW_2); 
             after(grammarAccess.getMaxGapSettingAccess().getMaxKeyword_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__MaxGapSetting__Group__0__Impl"


    // $ANTLR start "rule__MaxGapSetting__Group__1"
    // InternalTwin.g:3634:1: rule__MaxGapSetting__Group__1 : rule__MaxGapSetting__Group__1__Impl rule__MaxGapSetting__Group__2 ;
    public final void rule__MaxGapSetting__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:3638:1: ( rule__MaxGapSetting__Group__1__Impl rule__MaxGapSetting__Group__2 )
            // InternalTwin.g:3639:2: rule__MaxGapSetting__Group__1__Impl rule__MaxGapSetting__Group__2
            {
            pushFollow(FOLLOW_11);
            rule__MaxGapSetting__Group__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__MaxGapSetting__Group__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__MaxGapSetting__Group__1"


    // $ANTLR start "rule__MaxGapSetting__Group__1__Impl"
    // InternalTwin.g:3646:1: rule__MaxGapSetting__Group__1__Impl : ( 'gap' ) ;
    public final void rule__MaxGapSetting__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:3650:1: ( ( 'gap' ) )
            // InternalTwin.g:3651:1: ( 'gap' )
            {
            // InternalTwin.g:3651:1: ( 'gap' )
            // InternalTwin.g:3652:2: 'gap'
            {
             before(grammarAccess.getMaxGapSettingAccess().getGapKeyword_1()); 
            match(input,70,FOLLOW_2); 
             after(grammarAccess.getMaxGapSettingAccess().getGapKeyword_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__MaxGapSetting__Group__1__Impl"


    // $ANTLR start "rule__MaxGapSetting__Group__2"
    // InternalTwin.g:3661:1: rule__MaxGapSetting__Group__2 : rule__MaxGapSetting__Group__2__Impl ;
    public final void rule__MaxGapSetting__Group__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:3665:1: ( rule__MaxGapSetting__Group__2__Impl )
            // InternalTwin.g:3666:2: rule__MaxGapSetting__Group__2__Impl
            {
            pushFollow(FOLLOW_2);
            rule__MaxGapSetting__Group__2__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__MaxGapSetting__Group__2"


    // $ANTLR start "rule__MaxGapSetting__Group__2__Impl"
    // InternalTwin.g:3672:1: rule__MaxGapSetting__Group__2__Impl : ( ( rule__MaxGapSetting__CountAssignment_2 ) ) ;
    public final void rule__MaxGapSetting__Group__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:3676:1: ( ( ( rule__MaxGapSetting__CountAssignment_2 ) ) )
            // InternalTwin.g:3677:1: ( ( rule__MaxGapSetting__CountAssignment_2 ) )
            {
            // InternalTwin.g:3677:1: ( ( rule__MaxGapSetting__CountAssignment_2 ) )
            // InternalTwin.g:3678:2: ( rule__MaxGapSetting__CountAssignment_2 )
            {
             before(grammarAccess.getMaxGapSettingAccess().getCountAssignment_2()); 
            // InternalTwin.g:3679:2: ( rule__MaxGapSetting__CountAssignment_2 )
            // InternalTwin.g:3679:3: rule__MaxGapSetting__CountAssignment_2
            {
            pushFollow(FOLLOW_2);
            rule__MaxGapSetting__CountAssignment_2();

            state._fsp--;


            }

             after(grammarAccess.getMaxGapSettingAccess().getCountAssignment_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__MaxGapSetting__Group__2__Impl"


    // $ANTLR start "rule__AddressingSetting__Group__0"
    // InternalTwin.g:3688:1: rule__AddressingSetting__Group__0 : rule__AddressingSetting__Group__0__Impl rule__AddressingSetting__Group__1 ;
    public final void rule__AddressingSetting__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:3692:1: ( rule__AddressingSetting__Group__0__Impl rule__AddressingSetting__Group__1 )
            // InternalTwin.g:3693:2: rule__AddressingSetting__Group__0__Impl rule__AddressingSetting__Group__1
            {
            pushFollow(FOLLOW_24);
            rule__AddressingSetting__Group__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__AddressingSetting__Group__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__AddressingSetting__Group__0"


    // $ANTLR start "rule__AddressingSetting__Group__0__Impl"
    // InternalTwin.g:3700:1: rule__AddressingSetting__Group__0__Impl : ( 'addressing' ) ;
    public final void rule__AddressingSetting__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:3704:1: ( ( 'addressing' ) )
            // InternalTwin.g:3705:1: ( 'addressing' )
            {
            // InternalTwin.g:3705:1: ( 'addressing' )
            // InternalTwin.g:3706:2: 'addressing'
            {
             before(grammarAccess.getAddressingSettingAccess().getAddressingKeyword_0()); 
            match(input,71,FOLLOW_2); 
             after(grammarAccess.getAddressingSettingAccess().getAddressingKeyword_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__AddressingSetting__Group__0__Impl"


    // $ANTLR start "rule__AddressingSetting__Group__1"
    // InternalTwin.g:3715:1: rule__AddressingSetting__Group__1 : rule__AddressingSetting__Group__1__Impl ;
    public final void rule__AddressingSetting__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:3719:1: ( rule__AddressingSetting__Group__1__Impl )
            // InternalTwin.g:3720:2: rule__AddressingSetting__Group__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__AddressingSetting__Group__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__AddressingSetting__Group__1"


    // $ANTLR start "rule__AddressingSetting__Group__1__Impl"
    // InternalTwin.g:3726:1: rule__AddressingSetting__Group__1__Impl : ( ( rule__AddressingSetting__BaseAssignment_1 ) ) ;
    public final void rule__AddressingSetting__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:3730:1: ( ( ( rule__AddressingSetting__BaseAssignment_1 ) ) )
            // InternalTwin.g:3731:1: ( ( rule__AddressingSetting__BaseAssignment_1 ) )
            {
            // InternalTwin.g:3731:1: ( ( rule__AddressingSetting__BaseAssignment_1 ) )
            // InternalTwin.g:3732:2: ( rule__AddressingSetting__BaseAssignment_1 )
            {
             before(grammarAccess.getAddressingSettingAccess().getBaseAssignment_1()); 
            // InternalTwin.g:3733:2: ( rule__AddressingSetting__BaseAssignment_1 )
            // InternalTwin.g:3733:3: rule__AddressingSetting__BaseAssignment_1
            {
            pushFollow(FOLLOW_2);
            rule__AddressingSetting__BaseAssignment_1();

            state._fsp--;


            }

             after(grammarAccess.getAddressingSettingAccess().getBaseAssignment_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__AddressingSetting__Group__1__Impl"


    // $ANTLR start "rule__SecuritySetting__Group__0"
    // InternalTwin.g:3742:1: rule__SecuritySetting__Group__0 : rule__SecuritySetting__Group__0__Impl rule__SecuritySetting__Group__1 ;
    public final void rule__SecuritySetting__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:3746:1: ( rule__SecuritySetting__Group__0__Impl rule__SecuritySetting__Group__1 )
            // InternalTwin.g:3747:2: rule__SecuritySetting__Group__0__Impl rule__SecuritySetting__Group__1
            {
            pushFollow(FOLLOW_25);
            rule__SecuritySetting__Group__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__SecuritySetting__Group__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__SecuritySetting__Group__0"


    // $ANTLR start "rule__SecuritySetting__Group__0__Impl"
    // InternalTwin.g:3754:1: rule__SecuritySetting__Group__0__Impl : ( 'security' ) ;
    public final void rule__SecuritySetting__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:3758:1: ( ( 'security' ) )
            // InternalTwin.g:3759:1: ( 'security' )
            {
            // InternalTwin.g:3759:1: ( 'security' )
            // InternalTwin.g:3760:2: 'security'
            {
             before(grammarAccess.getSecuritySettingAccess().getSecurityKeyword_0()); 
            match(input,72,FOLLOW_2); 
             after(grammarAccess.getSecuritySettingAccess().getSecurityKeyword_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__SecuritySetting__Group__0__Impl"


    // $ANTLR start "rule__SecuritySetting__Group__1"
    // InternalTwin.g:3769:1: rule__SecuritySetting__Group__1 : rule__SecuritySetting__Group__1__Impl rule__SecuritySetting__Group__2 ;
    public final void rule__SecuritySetting__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:3773:1: ( rule__SecuritySetting__Group__1__Impl rule__SecuritySetting__Group__2 )
            // InternalTwin.g:3774:2: rule__SecuritySetting__Group__1__Impl rule__SecuritySetting__Group__2
            {
            pushFollow(FOLLOW_26);
            rule__SecuritySetting__Group__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__SecuritySetting__Group__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__SecuritySetting__Group__1"


    // $ANTLR start "rule__SecuritySetting__Group__1__Impl"
    // InternalTwin.g:3781:1: rule__SecuritySetting__Group__1__Impl : ( ( rule__SecuritySetting__PolicyAssignment_1 ) ) ;
    public final void rule__SecuritySetting__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:3785:1: ( ( ( rule__SecuritySetting__PolicyAssignment_1 ) ) )
            // InternalTwin.g:3786:1: ( ( rule__SecuritySetting__PolicyAssignment_1 ) )
            {
            // InternalTwin.g:3786:1: ( ( rule__SecuritySetting__PolicyAssignment_1 ) )
            // InternalTwin.g:3787:2: ( rule__SecuritySetting__PolicyAssignment_1 )
            {
             before(grammarAccess.getSecuritySettingAccess().getPolicyAssignment_1()); 
            // InternalTwin.g:3788:2: ( rule__SecuritySetting__PolicyAssignment_1 )
            // InternalTwin.g:3788:3: rule__SecuritySetting__PolicyAssignment_1
            {
            pushFollow(FOLLOW_2);
            rule__SecuritySetting__PolicyAssignment_1();

            state._fsp--;


            }

             after(grammarAccess.getSecuritySettingAccess().getPolicyAssignment_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__SecuritySetting__Group__1__Impl"


    // $ANTLR start "rule__SecuritySetting__Group__2"
    // InternalTwin.g:3796:1: rule__SecuritySetting__Group__2 : rule__SecuritySetting__Group__2__Impl ;
    public final void rule__SecuritySetting__Group__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:3800:1: ( rule__SecuritySetting__Group__2__Impl )
            // InternalTwin.g:3801:2: rule__SecuritySetting__Group__2__Impl
            {
            pushFollow(FOLLOW_2);
            rule__SecuritySetting__Group__2__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__SecuritySetting__Group__2"


    // $ANTLR start "rule__SecuritySetting__Group__2__Impl"
    // InternalTwin.g:3807:1: rule__SecuritySetting__Group__2__Impl : ( ( rule__SecuritySetting__ModeAssignment_2 ) ) ;
    public final void rule__SecuritySetting__Group__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:3811:1: ( ( ( rule__SecuritySetting__ModeAssignment_2 ) ) )
            // InternalTwin.g:3812:1: ( ( rule__SecuritySetting__ModeAssignment_2 ) )
            {
            // InternalTwin.g:3812:1: ( ( rule__SecuritySetting__ModeAssignment_2 ) )
            // InternalTwin.g:3813:2: ( rule__SecuritySetting__ModeAssignment_2 )
            {
             before(grammarAccess.getSecuritySettingAccess().getModeAssignment_2()); 
            // InternalTwin.g:3814:2: ( rule__SecuritySetting__ModeAssignment_2 )
            // InternalTwin.g:3814:3: rule__SecuritySetting__ModeAssignment_2
            {
            pushFollow(FOLLOW_2);
            rule__SecuritySetting__ModeAssignment_2();

            state._fsp--;


            }

             after(grammarAccess.getSecuritySettingAccess().getModeAssignment_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__SecuritySetting__Group__2__Impl"


    // $ANTLR start "rule__IdentitySetting__Group__0"
    // InternalTwin.g:3823:1: rule__IdentitySetting__Group__0 : rule__IdentitySetting__Group__0__Impl rule__IdentitySetting__Group__1 ;
    public final void rule__IdentitySetting__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:3827:1: ( rule__IdentitySetting__Group__0__Impl rule__IdentitySetting__Group__1 )
            // InternalTwin.g:3828:2: rule__IdentitySetting__Group__0__Impl rule__IdentitySetting__Group__1
            {
            pushFollow(FOLLOW_27);
            rule__IdentitySetting__Group__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__IdentitySetting__Group__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__IdentitySetting__Group__0"


    // $ANTLR start "rule__IdentitySetting__Group__0__Impl"
    // InternalTwin.g:3835:1: rule__IdentitySetting__Group__0__Impl : ( 'identity' ) ;
    public final void rule__IdentitySetting__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:3839:1: ( ( 'identity' ) )
            // InternalTwin.g:3840:1: ( 'identity' )
            {
            // InternalTwin.g:3840:1: ( 'identity' )
            // InternalTwin.g:3841:2: 'identity'
            {
             before(grammarAccess.getIdentitySettingAccess().getIdentityKeyword_0()); 
            match(input,73,FOLLOW_2); 
             after(grammarAccess.getIdentitySettingAccess().getIdentityKeyword_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__IdentitySetting__Group__0__Impl"


    // $ANTLR start "rule__IdentitySetting__Group__1"
    // InternalTwin.g:3850:1: rule__IdentitySetting__Group__1 : rule__IdentitySetting__Group__1__Impl ;
    public final void rule__IdentitySetting__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:3854:1: ( rule__IdentitySetting__Group__1__Impl )
            // InternalTwin.g:3855:2: rule__IdentitySetting__Group__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__IdentitySetting__Group__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__IdentitySetting__Group__1"


    // $ANTLR start "rule__IdentitySetting__Group__1__Impl"
    // InternalTwin.g:3861:1: rule__IdentitySetting__Group__1__Impl : ( ( rule__IdentitySetting__IdentityAssignment_1 ) ) ;
    public final void rule__IdentitySetting__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:3865:1: ( ( ( rule__IdentitySetting__IdentityAssignment_1 ) ) )
            // InternalTwin.g:3866:1: ( ( rule__IdentitySetting__IdentityAssignment_1 ) )
            {
            // InternalTwin.g:3866:1: ( ( rule__IdentitySetting__IdentityAssignment_1 ) )
            // InternalTwin.g:3867:2: ( rule__IdentitySetting__IdentityAssignment_1 )
            {
             before(grammarAccess.getIdentitySettingAccess().getIdentityAssignment_1()); 
            // InternalTwin.g:3868:2: ( rule__IdentitySetting__IdentityAssignment_1 )
            // InternalTwin.g:3868:3: rule__IdentitySetting__IdentityAssignment_1
            {
            pushFollow(FOLLOW_2);
            rule__IdentitySetting__IdentityAssignment_1();

            state._fsp--;


            }

             after(grammarAccess.getIdentitySettingAccess().getIdentityAssignment_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__IdentitySetting__Group__1__Impl"


    // $ANTLR start "rule__Identity__Group_0__0"
    // InternalTwin.g:3877:1: rule__Identity__Group_0__0 : rule__Identity__Group_0__0__Impl rule__Identity__Group_0__1 ;
    public final void rule__Identity__Group_0__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:3881:1: ( rule__Identity__Group_0__0__Impl rule__Identity__Group_0__1 )
            // InternalTwin.g:3882:2: rule__Identity__Group_0__0__Impl rule__Identity__Group_0__1
            {
            pushFollow(FOLLOW_28);
            rule__Identity__Group_0__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Identity__Group_0__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Identity__Group_0__0"


    // $ANTLR start "rule__Identity__Group_0__0__Impl"
    // InternalTwin.g:3889:1: rule__Identity__Group_0__0__Impl : ( () ) ;
    public final void rule__Identity__Group_0__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:3893:1: ( ( () ) )
            // InternalTwin.g:3894:1: ( () )
            {
            // InternalTwin.g:3894:1: ( () )
            // InternalTwin.g:3895:2: ()
            {
             before(grammarAccess.getIdentityAccess().getAnonymousIdentityAction_0_0()); 
            // InternalTwin.g:3896:2: ()
            // InternalTwin.g:3896:3: 
            {
            }

             after(grammarAccess.getIdentityAccess().getAnonymousIdentityAction_0_0()); 

            }


            }

        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Identity__Group_0__0__Impl"


    // $ANTLR start "rule__Identity__Group_0__1"
    // InternalTwin.g:3904:1: rule__Identity__Group_0__1 : rule__Identity__Group_0__1__Impl ;
    public final void rule__Identity__Group_0__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:3908:1: ( rule__Identity__Group_0__1__Impl )
            // InternalTwin.g:3909:2: rule__Identity__Group_0__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Identity__Group_0__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Identity__Group_0__1"


    // $ANTLR start "rule__Identity__Group_0__1__Impl"
    // InternalTwin.g:3915:1: rule__Identity__Group_0__1__Impl : ( 'anonymous' ) ;
    public final void rule__Identity__Group_0__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:3919:1: ( ( 'anonymous' ) )
            // InternalTwin.g:3920:1: ( 'anonymous' )
            {
            // InternalTwin.g:3920:1: ( 'anonymous' )
            // InternalTwin.g:3921:2: 'anonymous'
            {
             before(grammarAccess.getIdentityAccess().getAnonymousKeyword_0_1()); 
            match(input,74,FOLLOW_2); 
             after(grammarAccess.getIdentityAccess().getAnonymousKeyword_0_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Identity__Group_0__1__Impl"


    // $ANTLR start "rule__Identity__Group_1__0"
    // InternalTwin.g:3931:1: rule__Identity__Group_1__0 : rule__Identity__Group_1__0__Impl rule__Identity__Group_1__1 ;
    public final void rule__Identity__Group_1__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:3935:1: ( rule__Identity__Group_1__0__Impl rule__Identity__Group_1__1 )
            // InternalTwin.g:3936:2: rule__Identity__Group_1__0__Impl rule__Identity__Group_1__1
            {
            pushFollow(FOLLOW_27);
            rule__Identity__Group_1__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Identity__Group_1__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Identity__Group_1__0"


    // $ANTLR start "rule__Identity__Group_1__0__Impl"
    // InternalTwin.g:3943:1: rule__Identity__Group_1__0__Impl : ( () ) ;
    public final void rule__Identity__Group_1__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:3947:1: ( ( () ) )
            // InternalTwin.g:3948:1: ( () )
            {
            // InternalTwin.g:3948:1: ( () )
            // InternalTwin.g:3949:2: ()
            {
             before(grammarAccess.getIdentityAccess().getUserIdentityAction_1_0()); 
            // InternalTwin.g:3950:2: ()
            // InternalTwin.g:3950:3: 
            {
            }

             after(grammarAccess.getIdentityAccess().getUserIdentityAction_1_0()); 

            }


            }

        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Identity__Group_1__0__Impl"


    // $ANTLR start "rule__Identity__Group_1__1"
    // InternalTwin.g:3958:1: rule__Identity__Group_1__1 : rule__Identity__Group_1__1__Impl rule__Identity__Group_1__2 ;
    public final void rule__Identity__Group_1__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:3962:1: ( rule__Identity__Group_1__1__Impl rule__Identity__Group_1__2 )
            // InternalTwin.g:3963:2: rule__Identity__Group_1__1__Impl rule__Identity__Group_1__2
            {
            pushFollow(FOLLOW_7);
            rule__Identity__Group_1__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Identity__Group_1__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Identity__Group_1__1"


    // $ANTLR start "rule__Identity__Group_1__1__Impl"
    // InternalTwin.g:3970:1: rule__Identity__Group_1__1__Impl : ( 'user' ) ;
    public final void rule__Identity__Group_1__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:3974:1: ( ( 'user' ) )
            // InternalTwin.g:3975:1: ( 'user' )
            {
            // InternalTwin.g:3975:1: ( 'user' )
            // InternalTwin.g:3976:2: 'user'
            {
             before(grammarAccess.getIdentityAccess().getUserKeyword_1_1()); 
            match(input,75,FOLLOW_2); 
             after(grammarAccess.getIdentityAccess().getUserKeyword_1_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Identity__Group_1__1__Impl"


    // $ANTLR start "rule__Identity__Group_1__2"
    // InternalTwin.g:3985:1: rule__Identity__Group_1__2 : rule__Identity__Group_1__2__Impl rule__Identity__Group_1__3 ;
    public final void rule__Identity__Group_1__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:3989:1: ( rule__Identity__Group_1__2__Impl rule__Identity__Group_1__3 )
            // InternalTwin.g:3990:2: rule__Identity__Group_1__2__Impl rule__Identity__Group_1__3
            {
            pushFollow(FOLLOW_29);
            rule__Identity__Group_1__2__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Identity__Group_1__3();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Identity__Group_1__2"


    // $ANTLR start "rule__Identity__Group_1__2__Impl"
    // InternalTwin.g:3997:1: rule__Identity__Group_1__2__Impl : ( ( rule__Identity__UserAssignment_1_2 ) ) ;
    public final void rule__Identity__Group_1__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:4001:1: ( ( ( rule__Identity__UserAssignment_1_2 ) ) )
            // InternalTwin.g:4002:1: ( ( rule__Identity__UserAssignment_1_2 ) )
            {
            // InternalTwin.g:4002:1: ( ( rule__Identity__UserAssignment_1_2 ) )
            // InternalTwin.g:4003:2: ( rule__Identity__UserAssignment_1_2 )
            {
             before(grammarAccess.getIdentityAccess().getUserAssignment_1_2()); 
            // InternalTwin.g:4004:2: ( rule__Identity__UserAssignment_1_2 )
            // InternalTwin.g:4004:3: rule__Identity__UserAssignment_1_2
            {
            pushFollow(FOLLOW_2);
            rule__Identity__UserAssignment_1_2();

            state._fsp--;


            }

             after(grammarAccess.getIdentityAccess().getUserAssignment_1_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Identity__Group_1__2__Impl"


    // $ANTLR start "rule__Identity__Group_1__3"
    // InternalTwin.g:4012:1: rule__Identity__Group_1__3 : rule__Identity__Group_1__3__Impl rule__Identity__Group_1__4 ;
    public final void rule__Identity__Group_1__3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:4016:1: ( rule__Identity__Group_1__3__Impl rule__Identity__Group_1__4 )
            // InternalTwin.g:4017:2: rule__Identity__Group_1__3__Impl rule__Identity__Group_1__4
            {
            pushFollow(FOLLOW_30);
            rule__Identity__Group_1__3__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Identity__Group_1__4();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Identity__Group_1__3"


    // $ANTLR start "rule__Identity__Group_1__3__Impl"
    // InternalTwin.g:4024:1: rule__Identity__Group_1__3__Impl : ( 'password' ) ;
    public final void rule__Identity__Group_1__3__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:4028:1: ( ( 'password' ) )
            // InternalTwin.g:4029:1: ( 'password' )
            {
            // InternalTwin.g:4029:1: ( 'password' )
            // InternalTwin.g:4030:2: 'password'
            {
             before(grammarAccess.getIdentityAccess().getPasswordKeyword_1_3()); 
            match(input,76,FOLLOW_2); 
             after(grammarAccess.getIdentityAccess().getPasswordKeyword_1_3()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Identity__Group_1__3__Impl"


    // $ANTLR start "rule__Identity__Group_1__4"
    // InternalTwin.g:4039:1: rule__Identity__Group_1__4 : rule__Identity__Group_1__4__Impl ;
    public final void rule__Identity__Group_1__4() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:4043:1: ( rule__Identity__Group_1__4__Impl )
            // InternalTwin.g:4044:2: rule__Identity__Group_1__4__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Identity__Group_1__4__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Identity__Group_1__4"


    // $ANTLR start "rule__Identity__Group_1__4__Impl"
    // InternalTwin.g:4050:1: rule__Identity__Group_1__4__Impl : ( ( rule__Identity__PasswordAssignment_1_4 ) ) ;
    public final void rule__Identity__Group_1__4__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:4054:1: ( ( ( rule__Identity__PasswordAssignment_1_4 ) ) )
            // InternalTwin.g:4055:1: ( ( rule__Identity__PasswordAssignment_1_4 ) )
            {
            // InternalTwin.g:4055:1: ( ( rule__Identity__PasswordAssignment_1_4 ) )
            // InternalTwin.g:4056:2: ( rule__Identity__PasswordAssignment_1_4 )
            {
             before(grammarAccess.getIdentityAccess().getPasswordAssignment_1_4()); 
            // InternalTwin.g:4057:2: ( rule__Identity__PasswordAssignment_1_4 )
            // InternalTwin.g:4057:3: rule__Identity__PasswordAssignment_1_4
            {
            pushFollow(FOLLOW_2);
            rule__Identity__PasswordAssignment_1_4();

            state._fsp--;


            }

             after(grammarAccess.getIdentityAccess().getPasswordAssignment_1_4()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Identity__Group_1__4__Impl"


    // $ANTLR start "rule__Secret__Group_0__0"
    // InternalTwin.g:4066:1: rule__Secret__Group_0__0 : rule__Secret__Group_0__0__Impl rule__Secret__Group_0__1 ;
    public final void rule__Secret__Group_0__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:4070:1: ( rule__Secret__Group_0__0__Impl rule__Secret__Group_0__1 )
            // InternalTwin.g:4071:2: rule__Secret__Group_0__0__Impl rule__Secret__Group_0__1
            {
            pushFollow(FOLLOW_31);
            rule__Secret__Group_0__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Secret__Group_0__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Secret__Group_0__0"


    // $ANTLR start "rule__Secret__Group_0__0__Impl"
    // InternalTwin.g:4078:1: rule__Secret__Group_0__0__Impl : ( () ) ;
    public final void rule__Secret__Group_0__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:4082:1: ( ( () ) )
            // InternalTwin.g:4083:1: ( () )
            {
            // InternalTwin.g:4083:1: ( () )
            // InternalTwin.g:4084:2: ()
            {
             before(grammarAccess.getSecretAccess().getSecretReferenceAction_0_0()); 
            // InternalTwin.g:4085:2: ()
            // InternalTwin.g:4085:3: 
            {
            }

             after(grammarAccess.getSecretAccess().getSecretReferenceAction_0_0()); 

            }


            }

        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Secret__Group_0__0__Impl"


    // $ANTLR start "rule__Secret__Group_0__1"
    // InternalTwin.g:4093:1: rule__Secret__Group_0__1 : rule__Secret__Group_0__1__Impl rule__Secret__Group_0__2 ;
    public final void rule__Secret__Group_0__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:4097:1: ( rule__Secret__Group_0__1__Impl rule__Secret__Group_0__2 )
            // InternalTwin.g:4098:2: rule__Secret__Group_0__1__Impl rule__Secret__Group_0__2
            {
            pushFollow(FOLLOW_7);
            rule__Secret__Group_0__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Secret__Group_0__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Secret__Group_0__1"


    // $ANTLR start "rule__Secret__Group_0__1__Impl"
    // InternalTwin.g:4105:1: rule__Secret__Group_0__1__Impl : ( 'secret' ) ;
    public final void rule__Secret__Group_0__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:4109:1: ( ( 'secret' ) )
            // InternalTwin.g:4110:1: ( 'secret' )
            {
            // InternalTwin.g:4110:1: ( 'secret' )
            // InternalTwin.g:4111:2: 'secret'
            {
             before(grammarAccess.getSecretAccess().getSecretKeyword_0_1()); 
            match(input,77,FOLLOW_2); 
             after(grammarAccess.getSecretAccess().getSecretKeyword_0_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Secret__Group_0__1__Impl"


    // $ANTLR start "rule__Secret__Group_0__2"
    // InternalTwin.g:4120:1: rule__Secret__Group_0__2 : rule__Secret__Group_0__2__Impl ;
    public final void rule__Secret__Group_0__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:4124:1: ( rule__Secret__Group_0__2__Impl )
            // InternalTwin.g:4125:2: rule__Secret__Group_0__2__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Secret__Group_0__2__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Secret__Group_0__2"


    // $ANTLR start "rule__Secret__Group_0__2__Impl"
    // InternalTwin.g:4131:1: rule__Secret__Group_0__2__Impl : ( ( rule__Secret__ReferenceAssignment_0_2 ) ) ;
    public final void rule__Secret__Group_0__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:4135:1: ( ( ( rule__Secret__ReferenceAssignment_0_2 ) ) )
            // InternalTwin.g:4136:1: ( ( rule__Secret__ReferenceAssignment_0_2 ) )
            {
            // InternalTwin.g:4136:1: ( ( rule__Secret__ReferenceAssignment_0_2 ) )
            // InternalTwin.g:4137:2: ( rule__Secret__ReferenceAssignment_0_2 )
            {
             before(grammarAccess.getSecretAccess().getReferenceAssignment_0_2()); 
            // InternalTwin.g:4138:2: ( rule__Secret__ReferenceAssignment_0_2 )
            // InternalTwin.g:4138:3: rule__Secret__ReferenceAssignment_0_2
            {
            pushFollow(FOLLOW_2);
            rule__Secret__ReferenceAssignment_0_2();

            state._fsp--;


            }

             after(grammarAccess.getSecretAccess().getReferenceAssignment_0_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Secret__Group_0__2__Impl"


    // $ANTLR start "rule__Secret__Group_1__0"
    // InternalTwin.g:4147:1: rule__Secret__Group_1__0 : rule__Secret__Group_1__0__Impl rule__Secret__Group_1__1 ;
    public final void rule__Secret__Group_1__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:4151:1: ( rule__Secret__Group_1__0__Impl rule__Secret__Group_1__1 )
            // InternalTwin.g:4152:2: rule__Secret__Group_1__0__Impl rule__Secret__Group_1__1
            {
            pushFollow(FOLLOW_30);
            rule__Secret__Group_1__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Secret__Group_1__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Secret__Group_1__0"


    // $ANTLR start "rule__Secret__Group_1__0__Impl"
    // InternalTwin.g:4159:1: rule__Secret__Group_1__0__Impl : ( () ) ;
    public final void rule__Secret__Group_1__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:4163:1: ( ( () ) )
            // InternalTwin.g:4164:1: ( () )
            {
            // InternalTwin.g:4164:1: ( () )
            // InternalTwin.g:4165:2: ()
            {
             before(grammarAccess.getSecretAccess().getSecretLiteralAction_1_0()); 
            // InternalTwin.g:4166:2: ()
            // InternalTwin.g:4166:3: 
            {
            }

             after(grammarAccess.getSecretAccess().getSecretLiteralAction_1_0()); 

            }


            }

        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Secret__Group_1__0__Impl"


    // $ANTLR start "rule__Secret__Group_1__1"
    // InternalTwin.g:4174:1: rule__Secret__Group_1__1 : rule__Secret__Group_1__1__Impl ;
    public final void rule__Secret__Group_1__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:4178:1: ( rule__Secret__Group_1__1__Impl )
            // InternalTwin.g:4179:2: rule__Secret__Group_1__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Secret__Group_1__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Secret__Group_1__1"


    // $ANTLR start "rule__Secret__Group_1__1__Impl"
    // InternalTwin.g:4185:1: rule__Secret__Group_1__1__Impl : ( ( rule__Secret__LiteralAssignment_1_1 ) ) ;
    public final void rule__Secret__Group_1__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:4189:1: ( ( ( rule__Secret__LiteralAssignment_1_1 ) ) )
            // InternalTwin.g:4190:1: ( ( rule__Secret__LiteralAssignment_1_1 ) )
            {
            // InternalTwin.g:4190:1: ( ( rule__Secret__LiteralAssignment_1_1 ) )
            // InternalTwin.g:4191:2: ( rule__Secret__LiteralAssignment_1_1 )
            {
             before(grammarAccess.getSecretAccess().getLiteralAssignment_1_1()); 
            // InternalTwin.g:4192:2: ( rule__Secret__LiteralAssignment_1_1 )
            // InternalTwin.g:4192:3: rule__Secret__LiteralAssignment_1_1
            {
            pushFollow(FOLLOW_2);
            rule__Secret__LiteralAssignment_1_1();

            state._fsp--;


            }

             after(grammarAccess.getSecretAccess().getLiteralAssignment_1_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Secret__Group_1__1__Impl"


    // $ANTLR start "rule__SamplingSetting__Group__0"
    // InternalTwin.g:4201:1: rule__SamplingSetting__Group__0 : rule__SamplingSetting__Group__0__Impl rule__SamplingSetting__Group__1 ;
    public final void rule__SamplingSetting__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:4205:1: ( rule__SamplingSetting__Group__0__Impl rule__SamplingSetting__Group__1 )
            // InternalTwin.g:4206:2: rule__SamplingSetting__Group__0__Impl rule__SamplingSetting__Group__1
            {
            pushFollow(FOLLOW_11);
            rule__SamplingSetting__Group__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__SamplingSetting__Group__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__SamplingSetting__Group__0"


    // $ANTLR start "rule__SamplingSetting__Group__0__Impl"
    // InternalTwin.g:4213:1: rule__SamplingSetting__Group__0__Impl : ( 'sampling' ) ;
    public final void rule__SamplingSetting__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:4217:1: ( ( 'sampling' ) )
            // InternalTwin.g:4218:1: ( 'sampling' )
            {
            // InternalTwin.g:4218:1: ( 'sampling' )
            // InternalTwin.g:4219:2: 'sampling'
            {
             before(grammarAccess.getSamplingSettingAccess().getSamplingKeyword_0()); 
            match(input,78,FOLLOW_2); 
             after(grammarAccess.getSamplingSettingAccess().getSamplingKeyword_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__SamplingSetting__Group__0__Impl"


    // $ANTLR start "rule__SamplingSetting__Group__1"
    // InternalTwin.g:4228:1: rule__SamplingSetting__Group__1 : rule__SamplingSetting__Group__1__Impl ;
    public final void rule__SamplingSetting__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:4232:1: ( rule__SamplingSetting__Group__1__Impl )
            // InternalTwin.g:4233:2: rule__SamplingSetting__Group__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__SamplingSetting__Group__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__SamplingSetting__Group__1"


    // $ANTLR start "rule__SamplingSetting__Group__1__Impl"
    // InternalTwin.g:4239:1: rule__SamplingSetting__Group__1__Impl : ( ( rule__SamplingSetting__PeriodAssignment_1 ) ) ;
    public final void rule__SamplingSetting__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:4243:1: ( ( ( rule__SamplingSetting__PeriodAssignment_1 ) ) )
            // InternalTwin.g:4244:1: ( ( rule__SamplingSetting__PeriodAssignment_1 ) )
            {
            // InternalTwin.g:4244:1: ( ( rule__SamplingSetting__PeriodAssignment_1 ) )
            // InternalTwin.g:4245:2: ( rule__SamplingSetting__PeriodAssignment_1 )
            {
             before(grammarAccess.getSamplingSettingAccess().getPeriodAssignment_1()); 
            // InternalTwin.g:4246:2: ( rule__SamplingSetting__PeriodAssignment_1 )
            // InternalTwin.g:4246:3: rule__SamplingSetting__PeriodAssignment_1
            {
            pushFollow(FOLLOW_2);
            rule__SamplingSetting__PeriodAssignment_1();

            state._fsp--;


            }

             after(grammarAccess.getSamplingSettingAccess().getPeriodAssignment_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__SamplingSetting__Group__1__Impl"


    // $ANTLR start "rule__PublishingSetting__Group__0"
    // InternalTwin.g:4255:1: rule__PublishingSetting__Group__0 : rule__PublishingSetting__Group__0__Impl rule__PublishingSetting__Group__1 ;
    public final void rule__PublishingSetting__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:4259:1: ( rule__PublishingSetting__Group__0__Impl rule__PublishingSetting__Group__1 )
            // InternalTwin.g:4260:2: rule__PublishingSetting__Group__0__Impl rule__PublishingSetting__Group__1
            {
            pushFollow(FOLLOW_11);
            rule__PublishingSetting__Group__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__PublishingSetting__Group__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PublishingSetting__Group__0"


    // $ANTLR start "rule__PublishingSetting__Group__0__Impl"
    // InternalTwin.g:4267:1: rule__PublishingSetting__Group__0__Impl : ( 'publishing' ) ;
    public final void rule__PublishingSetting__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:4271:1: ( ( 'publishing' ) )
            // InternalTwin.g:4272:1: ( 'publishing' )
            {
            // InternalTwin.g:4272:1: ( 'publishing' )
            // InternalTwin.g:4273:2: 'publishing'
            {
             before(grammarAccess.getPublishingSettingAccess().getPublishingKeyword_0()); 
            match(input,79,FOLLOW_2); 
             after(grammarAccess.getPublishingSettingAccess().getPublishingKeyword_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PublishingSetting__Group__0__Impl"


    // $ANTLR start "rule__PublishingSetting__Group__1"
    // InternalTwin.g:4282:1: rule__PublishingSetting__Group__1 : rule__PublishingSetting__Group__1__Impl ;
    public final void rule__PublishingSetting__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:4286:1: ( rule__PublishingSetting__Group__1__Impl )
            // InternalTwin.g:4287:2: rule__PublishingSetting__Group__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__PublishingSetting__Group__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PublishingSetting__Group__1"


    // $ANTLR start "rule__PublishingSetting__Group__1__Impl"
    // InternalTwin.g:4293:1: rule__PublishingSetting__Group__1__Impl : ( ( rule__PublishingSetting__PeriodAssignment_1 ) ) ;
    public final void rule__PublishingSetting__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:4297:1: ( ( ( rule__PublishingSetting__PeriodAssignment_1 ) ) )
            // InternalTwin.g:4298:1: ( ( rule__PublishingSetting__PeriodAssignment_1 ) )
            {
            // InternalTwin.g:4298:1: ( ( rule__PublishingSetting__PeriodAssignment_1 ) )
            // InternalTwin.g:4299:2: ( rule__PublishingSetting__PeriodAssignment_1 )
            {
             before(grammarAccess.getPublishingSettingAccess().getPeriodAssignment_1()); 
            // InternalTwin.g:4300:2: ( rule__PublishingSetting__PeriodAssignment_1 )
            // InternalTwin.g:4300:3: rule__PublishingSetting__PeriodAssignment_1
            {
            pushFollow(FOLLOW_2);
            rule__PublishingSetting__PeriodAssignment_1();

            state._fsp--;


            }

             after(grammarAccess.getPublishingSettingAccess().getPeriodAssignment_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PublishingSetting__Group__1__Impl"


    // $ANTLR start "rule__Mapping__Group__0"
    // InternalTwin.g:4309:1: rule__Mapping__Group__0 : rule__Mapping__Group__0__Impl rule__Mapping__Group__1 ;
    public final void rule__Mapping__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:4313:1: ( rule__Mapping__Group__0__Impl rule__Mapping__Group__1 )
            // InternalTwin.g:4314:2: rule__Mapping__Group__0__Impl rule__Mapping__Group__1
            {
            pushFollow(FOLLOW_6);
            rule__Mapping__Group__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Mapping__Group__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Mapping__Group__0"


    // $ANTLR start "rule__Mapping__Group__0__Impl"
    // InternalTwin.g:4321:1: rule__Mapping__Group__0__Impl : ( 'map' ) ;
    public final void rule__Mapping__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:4325:1: ( ( 'map' ) )
            // InternalTwin.g:4326:1: ( 'map' )
            {
            // InternalTwin.g:4326:1: ( 'map' )
            // InternalTwin.g:4327:2: 'map'
            {
             before(grammarAccess.getMappingAccess().getMapKeyword_0()); 
            match(input,80,FOLLOW_2); 
             after(grammarAccess.getMappingAccess().getMapKeyword_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Mapping__Group__0__Impl"


    // $ANTLR start "rule__Mapping__Group__1"
    // InternalTwin.g:4336:1: rule__Mapping__Group__1 : rule__Mapping__Group__1__Impl rule__Mapping__Group__2 ;
    public final void rule__Mapping__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:4340:1: ( rule__Mapping__Group__1__Impl rule__Mapping__Group__2 )
            // InternalTwin.g:4341:2: rule__Mapping__Group__1__Impl rule__Mapping__Group__2
            {
            pushFollow(FOLLOW_32);
            rule__Mapping__Group__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Mapping__Group__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Mapping__Group__1"


    // $ANTLR start "rule__Mapping__Group__1__Impl"
    // InternalTwin.g:4348:1: rule__Mapping__Group__1__Impl : ( ( rule__Mapping__ConnectionAssignment_1 ) ) ;
    public final void rule__Mapping__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:4352:1: ( ( ( rule__Mapping__ConnectionAssignment_1 ) ) )
            // InternalTwin.g:4353:1: ( ( rule__Mapping__ConnectionAssignment_1 ) )
            {
            // InternalTwin.g:4353:1: ( ( rule__Mapping__ConnectionAssignment_1 ) )
            // InternalTwin.g:4354:2: ( rule__Mapping__ConnectionAssignment_1 )
            {
             before(grammarAccess.getMappingAccess().getConnectionAssignment_1()); 
            // InternalTwin.g:4355:2: ( rule__Mapping__ConnectionAssignment_1 )
            // InternalTwin.g:4355:3: rule__Mapping__ConnectionAssignment_1
            {
            pushFollow(FOLLOW_2);
            rule__Mapping__ConnectionAssignment_1();

            state._fsp--;


            }

             after(grammarAccess.getMappingAccess().getConnectionAssignment_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Mapping__Group__1__Impl"


    // $ANTLR start "rule__Mapping__Group__2"
    // InternalTwin.g:4363:1: rule__Mapping__Group__2 : rule__Mapping__Group__2__Impl rule__Mapping__Group__3 ;
    public final void rule__Mapping__Group__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:4367:1: ( rule__Mapping__Group__2__Impl rule__Mapping__Group__3 )
            // InternalTwin.g:4368:2: rule__Mapping__Group__2__Impl rule__Mapping__Group__3
            {
            pushFollow(FOLLOW_33);
            rule__Mapping__Group__2__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Mapping__Group__3();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Mapping__Group__2"


    // $ANTLR start "rule__Mapping__Group__2__Impl"
    // InternalTwin.g:4375:1: rule__Mapping__Group__2__Impl : ( ( rule__Mapping__SourceAssignment_2 ) ) ;
    public final void rule__Mapping__Group__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:4379:1: ( ( ( rule__Mapping__SourceAssignment_2 ) ) )
            // InternalTwin.g:4380:1: ( ( rule__Mapping__SourceAssignment_2 ) )
            {
            // InternalTwin.g:4380:1: ( ( rule__Mapping__SourceAssignment_2 ) )
            // InternalTwin.g:4381:2: ( rule__Mapping__SourceAssignment_2 )
            {
             before(grammarAccess.getMappingAccess().getSourceAssignment_2()); 
            // InternalTwin.g:4382:2: ( rule__Mapping__SourceAssignment_2 )
            // InternalTwin.g:4382:3: rule__Mapping__SourceAssignment_2
            {
            pushFollow(FOLLOW_2);
            rule__Mapping__SourceAssignment_2();

            state._fsp--;


            }

             after(grammarAccess.getMappingAccess().getSourceAssignment_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Mapping__Group__2__Impl"


    // $ANTLR start "rule__Mapping__Group__3"
    // InternalTwin.g:4390:1: rule__Mapping__Group__3 : rule__Mapping__Group__3__Impl rule__Mapping__Group__4 ;
    public final void rule__Mapping__Group__3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:4394:1: ( rule__Mapping__Group__3__Impl rule__Mapping__Group__4 )
            // InternalTwin.g:4395:2: rule__Mapping__Group__3__Impl rule__Mapping__Group__4
            {
            pushFollow(FOLLOW_33);
            rule__Mapping__Group__3__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Mapping__Group__4();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Mapping__Group__3"


    // $ANTLR start "rule__Mapping__Group__3__Impl"
    // InternalTwin.g:4402:1: rule__Mapping__Group__3__Impl : ( ( rule__Mapping__DataTypeAssignment_3 )? ) ;
    public final void rule__Mapping__Group__3__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:4406:1: ( ( ( rule__Mapping__DataTypeAssignment_3 )? ) )
            // InternalTwin.g:4407:1: ( ( rule__Mapping__DataTypeAssignment_3 )? )
            {
            // InternalTwin.g:4407:1: ( ( rule__Mapping__DataTypeAssignment_3 )? )
            // InternalTwin.g:4408:2: ( rule__Mapping__DataTypeAssignment_3 )?
            {
             before(grammarAccess.getMappingAccess().getDataTypeAssignment_3()); 
            // InternalTwin.g:4409:2: ( rule__Mapping__DataTypeAssignment_3 )?
            int alt40=2;
            int LA40_0 = input.LA(1);

            if ( ((LA40_0>=36 && LA40_0<=43)||LA40_0==83||LA40_0==86) ) {
                alt40=1;
            }
            switch (alt40) {
                case 1 :
                    // InternalTwin.g:4409:3: rule__Mapping__DataTypeAssignment_3
                    {
                    pushFollow(FOLLOW_2);
                    rule__Mapping__DataTypeAssignment_3();

                    state._fsp--;


                    }
                    break;

            }

             after(grammarAccess.getMappingAccess().getDataTypeAssignment_3()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Mapping__Group__3__Impl"


    // $ANTLR start "rule__Mapping__Group__4"
    // InternalTwin.g:4417:1: rule__Mapping__Group__4 : rule__Mapping__Group__4__Impl rule__Mapping__Group__5 ;
    public final void rule__Mapping__Group__4() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:4421:1: ( rule__Mapping__Group__4__Impl rule__Mapping__Group__5 )
            // InternalTwin.g:4422:2: rule__Mapping__Group__4__Impl rule__Mapping__Group__5
            {
            pushFollow(FOLLOW_33);
            rule__Mapping__Group__4__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Mapping__Group__5();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Mapping__Group__4"


    // $ANTLR start "rule__Mapping__Group__4__Impl"
    // InternalTwin.g:4429:1: rule__Mapping__Group__4__Impl : ( ( rule__Mapping__TagAssignment_4 )? ) ;
    public final void rule__Mapping__Group__4__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:4433:1: ( ( ( rule__Mapping__TagAssignment_4 )? ) )
            // InternalTwin.g:4434:1: ( ( rule__Mapping__TagAssignment_4 )? )
            {
            // InternalTwin.g:4434:1: ( ( rule__Mapping__TagAssignment_4 )? )
            // InternalTwin.g:4435:2: ( rule__Mapping__TagAssignment_4 )?
            {
             before(grammarAccess.getMappingAccess().getTagAssignment_4()); 
            // InternalTwin.g:4436:2: ( rule__Mapping__TagAssignment_4 )?
            int alt41=2;
            int LA41_0 = input.LA(1);

            if ( (LA41_0==RULE_STRING) ) {
                alt41=1;
            }
            switch (alt41) {
                case 1 :
                    // InternalTwin.g:4436:3: rule__Mapping__TagAssignment_4
                    {
                    pushFollow(FOLLOW_2);
                    rule__Mapping__TagAssignment_4();

                    state._fsp--;


                    }
                    break;

            }

             after(grammarAccess.getMappingAccess().getTagAssignment_4()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Mapping__Group__4__Impl"


    // $ANTLR start "rule__Mapping__Group__5"
    // InternalTwin.g:4444:1: rule__Mapping__Group__5 : rule__Mapping__Group__5__Impl rule__Mapping__Group__6 ;
    public final void rule__Mapping__Group__5() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:4448:1: ( rule__Mapping__Group__5__Impl rule__Mapping__Group__6 )
            // InternalTwin.g:4449:2: rule__Mapping__Group__5__Impl rule__Mapping__Group__6
            {
            pushFollow(FOLLOW_6);
            rule__Mapping__Group__5__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Mapping__Group__6();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Mapping__Group__5"


    // $ANTLR start "rule__Mapping__Group__5__Impl"
    // InternalTwin.g:4456:1: rule__Mapping__Group__5__Impl : ( '->' ) ;
    public final void rule__Mapping__Group__5__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:4460:1: ( ( '->' ) )
            // InternalTwin.g:4461:1: ( '->' )
            {
            // InternalTwin.g:4461:1: ( '->' )
            // InternalTwin.g:4462:2: '->'
            {
             before(grammarAccess.getMappingAccess().getHyphenMinusGreaterThanSignKeyword_5()); 
            match(input,81,FOLLOW_2); 
             after(grammarAccess.getMappingAccess().getHyphenMinusGreaterThanSignKeyword_5()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Mapping__Group__5__Impl"


    // $ANTLR start "rule__Mapping__Group__6"
    // InternalTwin.g:4471:1: rule__Mapping__Group__6 : rule__Mapping__Group__6__Impl rule__Mapping__Group__7 ;
    public final void rule__Mapping__Group__6() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:4475:1: ( rule__Mapping__Group__6__Impl rule__Mapping__Group__7 )
            // InternalTwin.g:4476:2: rule__Mapping__Group__6__Impl rule__Mapping__Group__7
            {
            pushFollow(FOLLOW_34);
            rule__Mapping__Group__6__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Mapping__Group__7();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Mapping__Group__6"


    // $ANTLR start "rule__Mapping__Group__6__Impl"
    // InternalTwin.g:4483:1: rule__Mapping__Group__6__Impl : ( ( rule__Mapping__SignalAssignment_6 ) ) ;
    public final void rule__Mapping__Group__6__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:4487:1: ( ( ( rule__Mapping__SignalAssignment_6 ) ) )
            // InternalTwin.g:4488:1: ( ( rule__Mapping__SignalAssignment_6 ) )
            {
            // InternalTwin.g:4488:1: ( ( rule__Mapping__SignalAssignment_6 ) )
            // InternalTwin.g:4489:2: ( rule__Mapping__SignalAssignment_6 )
            {
             before(grammarAccess.getMappingAccess().getSignalAssignment_6()); 
            // InternalTwin.g:4490:2: ( rule__Mapping__SignalAssignment_6 )
            // InternalTwin.g:4490:3: rule__Mapping__SignalAssignment_6
            {
            pushFollow(FOLLOW_2);
            rule__Mapping__SignalAssignment_6();

            state._fsp--;


            }

             after(grammarAccess.getMappingAccess().getSignalAssignment_6()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Mapping__Group__6__Impl"


    // $ANTLR start "rule__Mapping__Group__7"
    // InternalTwin.g:4498:1: rule__Mapping__Group__7 : rule__Mapping__Group__7__Impl ;
    public final void rule__Mapping__Group__7() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:4502:1: ( rule__Mapping__Group__7__Impl )
            // InternalTwin.g:4503:2: rule__Mapping__Group__7__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Mapping__Group__7__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Mapping__Group__7"


    // $ANTLR start "rule__Mapping__Group__7__Impl"
    // InternalTwin.g:4509:1: rule__Mapping__Group__7__Impl : ( ( rule__Mapping__Group_7__0 )? ) ;
    public final void rule__Mapping__Group__7__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:4513:1: ( ( ( rule__Mapping__Group_7__0 )? ) )
            // InternalTwin.g:4514:1: ( ( rule__Mapping__Group_7__0 )? )
            {
            // InternalTwin.g:4514:1: ( ( rule__Mapping__Group_7__0 )? )
            // InternalTwin.g:4515:2: ( rule__Mapping__Group_7__0 )?
            {
             before(grammarAccess.getMappingAccess().getGroup_7()); 
            // InternalTwin.g:4516:2: ( rule__Mapping__Group_7__0 )?
            int alt42=2;
            int LA42_0 = input.LA(1);

            if ( (LA42_0==59) ) {
                alt42=1;
            }
            switch (alt42) {
                case 1 :
                    // InternalTwin.g:4516:3: rule__Mapping__Group_7__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__Mapping__Group_7__0();

                    state._fsp--;


                    }
                    break;

            }

             after(grammarAccess.getMappingAccess().getGroup_7()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Mapping__Group__7__Impl"


    // $ANTLR start "rule__Mapping__Group_7__0"
    // InternalTwin.g:4525:1: rule__Mapping__Group_7__0 : rule__Mapping__Group_7__0__Impl rule__Mapping__Group_7__1 ;
    public final void rule__Mapping__Group_7__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:4529:1: ( rule__Mapping__Group_7__0__Impl rule__Mapping__Group_7__1 )
            // InternalTwin.g:4530:2: rule__Mapping__Group_7__0__Impl rule__Mapping__Group_7__1
            {
            pushFollow(FOLLOW_35);
            rule__Mapping__Group_7__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Mapping__Group_7__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Mapping__Group_7__0"


    // $ANTLR start "rule__Mapping__Group_7__0__Impl"
    // InternalTwin.g:4537:1: rule__Mapping__Group_7__0__Impl : ( '{' ) ;
    public final void rule__Mapping__Group_7__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:4541:1: ( ( '{' ) )
            // InternalTwin.g:4542:1: ( '{' )
            {
            // InternalTwin.g:4542:1: ( '{' )
            // InternalTwin.g:4543:2: '{'
            {
             before(grammarAccess.getMappingAccess().getLeftCurlyBracketKeyword_7_0()); 
            match(input,59,FOLLOW_2); 
             after(grammarAccess.getMappingAccess().getLeftCurlyBracketKeyword_7_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Mapping__Group_7__0__Impl"


    // $ANTLR start "rule__Mapping__Group_7__1"
    // InternalTwin.g:4552:1: rule__Mapping__Group_7__1 : rule__Mapping__Group_7__1__Impl rule__Mapping__Group_7__2 ;
    public final void rule__Mapping__Group_7__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:4556:1: ( rule__Mapping__Group_7__1__Impl rule__Mapping__Group_7__2 )
            // InternalTwin.g:4557:2: rule__Mapping__Group_7__1__Impl rule__Mapping__Group_7__2
            {
            pushFollow(FOLLOW_35);
            rule__Mapping__Group_7__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Mapping__Group_7__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Mapping__Group_7__1"


    // $ANTLR start "rule__Mapping__Group_7__1__Impl"
    // InternalTwin.g:4564:1: rule__Mapping__Group_7__1__Impl : ( ( rule__Mapping__Group_7_1__0 )? ) ;
    public final void rule__Mapping__Group_7__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:4568:1: ( ( ( rule__Mapping__Group_7_1__0 )? ) )
            // InternalTwin.g:4569:1: ( ( rule__Mapping__Group_7_1__0 )? )
            {
            // InternalTwin.g:4569:1: ( ( rule__Mapping__Group_7_1__0 )? )
            // InternalTwin.g:4570:2: ( rule__Mapping__Group_7_1__0 )?
            {
             before(grammarAccess.getMappingAccess().getGroup_7_1()); 
            // InternalTwin.g:4571:2: ( rule__Mapping__Group_7_1__0 )?
            int alt43=2;
            int LA43_0 = input.LA(1);

            if ( (LA43_0==63||LA43_0==65||(LA43_0>=87 && LA43_0<=90)||LA43_0==92) ) {
                alt43=1;
            }
            switch (alt43) {
                case 1 :
                    // InternalTwin.g:4571:3: rule__Mapping__Group_7_1__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__Mapping__Group_7_1__0();

                    state._fsp--;


                    }
                    break;

            }

             after(grammarAccess.getMappingAccess().getGroup_7_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Mapping__Group_7__1__Impl"


    // $ANTLR start "rule__Mapping__Group_7__2"
    // InternalTwin.g:4579:1: rule__Mapping__Group_7__2 : rule__Mapping__Group_7__2__Impl ;
    public final void rule__Mapping__Group_7__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:4583:1: ( rule__Mapping__Group_7__2__Impl )
            // InternalTwin.g:4584:2: rule__Mapping__Group_7__2__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Mapping__Group_7__2__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Mapping__Group_7__2"


    // $ANTLR start "rule__Mapping__Group_7__2__Impl"
    // InternalTwin.g:4590:1: rule__Mapping__Group_7__2__Impl : ( '}' ) ;
    public final void rule__Mapping__Group_7__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:4594:1: ( ( '}' ) )
            // InternalTwin.g:4595:1: ( '}' )
            {
            // InternalTwin.g:4595:1: ( '}' )
            // InternalTwin.g:4596:2: '}'
            {
             before(grammarAccess.getMappingAccess().getRightCurlyBracketKeyword_7_2()); 
            match(input,60,FOLLOW_2); 
             after(grammarAccess.getMappingAccess().getRightCurlyBracketKeyword_7_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Mapping__Group_7__2__Impl"


    // $ANTLR start "rule__Mapping__Group_7_1__0"
    // InternalTwin.g:4606:1: rule__Mapping__Group_7_1__0 : rule__Mapping__Group_7_1__0__Impl rule__Mapping__Group_7_1__1 ;
    public final void rule__Mapping__Group_7_1__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:4610:1: ( rule__Mapping__Group_7_1__0__Impl rule__Mapping__Group_7_1__1 )
            // InternalTwin.g:4611:2: rule__Mapping__Group_7_1__0__Impl rule__Mapping__Group_7_1__1
            {
            pushFollow(FOLLOW_36);
            rule__Mapping__Group_7_1__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Mapping__Group_7_1__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Mapping__Group_7_1__0"


    // $ANTLR start "rule__Mapping__Group_7_1__0__Impl"
    // InternalTwin.g:4618:1: rule__Mapping__Group_7_1__0__Impl : ( ( rule__Mapping__OptionsAssignment_7_1_0 ) ) ;
    public final void rule__Mapping__Group_7_1__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:4622:1: ( ( ( rule__Mapping__OptionsAssignment_7_1_0 ) ) )
            // InternalTwin.g:4623:1: ( ( rule__Mapping__OptionsAssignment_7_1_0 ) )
            {
            // InternalTwin.g:4623:1: ( ( rule__Mapping__OptionsAssignment_7_1_0 ) )
            // InternalTwin.g:4624:2: ( rule__Mapping__OptionsAssignment_7_1_0 )
            {
             before(grammarAccess.getMappingAccess().getOptionsAssignment_7_1_0()); 
            // InternalTwin.g:4625:2: ( rule__Mapping__OptionsAssignment_7_1_0 )
            // InternalTwin.g:4625:3: rule__Mapping__OptionsAssignment_7_1_0
            {
            pushFollow(FOLLOW_2);
            rule__Mapping__OptionsAssignment_7_1_0();

            state._fsp--;


            }

             after(grammarAccess.getMappingAccess().getOptionsAssignment_7_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Mapping__Group_7_1__0__Impl"


    // $ANTLR start "rule__Mapping__Group_7_1__1"
    // InternalTwin.g:4633:1: rule__Mapping__Group_7_1__1 : rule__Mapping__Group_7_1__1__Impl ;
    public final void rule__Mapping__Group_7_1__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:4637:1: ( rule__Mapping__Group_7_1__1__Impl )
            // InternalTwin.g:4638:2: rule__Mapping__Group_7_1__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Mapping__Group_7_1__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Mapping__Group_7_1__1"


    // $ANTLR start "rule__Mapping__Group_7_1__1__Impl"
    // InternalTwin.g:4644:1: rule__Mapping__Group_7_1__1__Impl : ( ( rule__Mapping__Group_7_1_1__0 )* ) ;
    public final void rule__Mapping__Group_7_1__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:4648:1: ( ( ( rule__Mapping__Group_7_1_1__0 )* ) )
            // InternalTwin.g:4649:1: ( ( rule__Mapping__Group_7_1_1__0 )* )
            {
            // InternalTwin.g:4649:1: ( ( rule__Mapping__Group_7_1_1__0 )* )
            // InternalTwin.g:4650:2: ( rule__Mapping__Group_7_1_1__0 )*
            {
             before(grammarAccess.getMappingAccess().getGroup_7_1_1()); 
            // InternalTwin.g:4651:2: ( rule__Mapping__Group_7_1_1__0 )*
            loop44:
            do {
                int alt44=2;
                int LA44_0 = input.LA(1);

                if ( (LA44_0==61||LA44_0==63||LA44_0==65||(LA44_0>=87 && LA44_0<=90)||LA44_0==92) ) {
                    alt44=1;
                }


                switch (alt44) {
            	case 1 :
            	    // InternalTwin.g:4651:3: rule__Mapping__Group_7_1_1__0
            	    {
            	    pushFollow(FOLLOW_37);
            	    rule__Mapping__Group_7_1_1__0();

            	    state._fsp--;


            	    }
            	    break;

            	default :
            	    break loop44;
                }
            } while (true);

             after(grammarAccess.getMappingAccess().getGroup_7_1_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Mapping__Group_7_1__1__Impl"


    // $ANTLR start "rule__Mapping__Group_7_1_1__0"
    // InternalTwin.g:4660:1: rule__Mapping__Group_7_1_1__0 : rule__Mapping__Group_7_1_1__0__Impl rule__Mapping__Group_7_1_1__1 ;
    public final void rule__Mapping__Group_7_1_1__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:4664:1: ( rule__Mapping__Group_7_1_1__0__Impl rule__Mapping__Group_7_1_1__1 )
            // InternalTwin.g:4665:2: rule__Mapping__Group_7_1_1__0__Impl rule__Mapping__Group_7_1_1__1
            {
            pushFollow(FOLLOW_36);
            rule__Mapping__Group_7_1_1__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Mapping__Group_7_1_1__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Mapping__Group_7_1_1__0"


    // $ANTLR start "rule__Mapping__Group_7_1_1__0__Impl"
    // InternalTwin.g:4672:1: rule__Mapping__Group_7_1_1__0__Impl : ( ( ',' )? ) ;
    public final void rule__Mapping__Group_7_1_1__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:4676:1: ( ( ( ',' )? ) )
            // InternalTwin.g:4677:1: ( ( ',' )? )
            {
            // InternalTwin.g:4677:1: ( ( ',' )? )
            // InternalTwin.g:4678:2: ( ',' )?
            {
             before(grammarAccess.getMappingAccess().getCommaKeyword_7_1_1_0()); 
            // InternalTwin.g:4679:2: ( ',' )?
            int alt45=2;
            int LA45_0 = input.LA(1);

            if ( (LA45_0==61) ) {
                alt45=1;
            }
            switch (alt45) {
                case 1 :
                    // InternalTwin.g:4679:3: ','
                    {
                    match(input,61,FOLLOW_2); 

                    }
                    break;

            }

             after(grammarAccess.getMappingAccess().getCommaKeyword_7_1_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Mapping__Group_7_1_1__0__Impl"


    // $ANTLR start "rule__Mapping__Group_7_1_1__1"
    // InternalTwin.g:4687:1: rule__Mapping__Group_7_1_1__1 : rule__Mapping__Group_7_1_1__1__Impl ;
    public final void rule__Mapping__Group_7_1_1__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:4691:1: ( rule__Mapping__Group_7_1_1__1__Impl )
            // InternalTwin.g:4692:2: rule__Mapping__Group_7_1_1__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Mapping__Group_7_1_1__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Mapping__Group_7_1_1__1"


    // $ANTLR start "rule__Mapping__Group_7_1_1__1__Impl"
    // InternalTwin.g:4698:1: rule__Mapping__Group_7_1_1__1__Impl : ( ( rule__Mapping__OptionsAssignment_7_1_1_1 ) ) ;
    public final void rule__Mapping__Group_7_1_1__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:4702:1: ( ( ( rule__Mapping__OptionsAssignment_7_1_1_1 ) ) )
            // InternalTwin.g:4703:1: ( ( rule__Mapping__OptionsAssignment_7_1_1_1 ) )
            {
            // InternalTwin.g:4703:1: ( ( rule__Mapping__OptionsAssignment_7_1_1_1 ) )
            // InternalTwin.g:4704:2: ( rule__Mapping__OptionsAssignment_7_1_1_1 )
            {
             before(grammarAccess.getMappingAccess().getOptionsAssignment_7_1_1_1()); 
            // InternalTwin.g:4705:2: ( rule__Mapping__OptionsAssignment_7_1_1_1 )
            // InternalTwin.g:4705:3: rule__Mapping__OptionsAssignment_7_1_1_1
            {
            pushFollow(FOLLOW_2);
            rule__Mapping__OptionsAssignment_7_1_1_1();

            state._fsp--;


            }

             after(grammarAccess.getMappingAccess().getOptionsAssignment_7_1_1_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Mapping__Group_7_1_1__1__Impl"


    // $ANTLR start "rule__ModbusAddress__Group_0__0"
    // InternalTwin.g:4714:1: rule__ModbusAddress__Group_0__0 : rule__ModbusAddress__Group_0__0__Impl rule__ModbusAddress__Group_0__1 ;
    public final void rule__ModbusAddress__Group_0__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:4718:1: ( rule__ModbusAddress__Group_0__0__Impl rule__ModbusAddress__Group_0__1 )
            // InternalTwin.g:4719:2: rule__ModbusAddress__Group_0__0__Impl rule__ModbusAddress__Group_0__1
            {
            pushFollow(FOLLOW_38);
            rule__ModbusAddress__Group_0__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__ModbusAddress__Group_0__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ModbusAddress__Group_0__0"


    // $ANTLR start "rule__ModbusAddress__Group_0__0__Impl"
    // InternalTwin.g:4726:1: rule__ModbusAddress__Group_0__0__Impl : ( () ) ;
    public final void rule__ModbusAddress__Group_0__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:4730:1: ( ( () ) )
            // InternalTwin.g:4731:1: ( () )
            {
            // InternalTwin.g:4731:1: ( () )
            // InternalTwin.g:4732:2: ()
            {
             before(grammarAccess.getModbusAddressAccess().getSpaceAddressAction_0_0()); 
            // InternalTwin.g:4733:2: ()
            // InternalTwin.g:4733:3: 
            {
            }

             after(grammarAccess.getModbusAddressAccess().getSpaceAddressAction_0_0()); 

            }


            }

        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ModbusAddress__Group_0__0__Impl"


    // $ANTLR start "rule__ModbusAddress__Group_0__1"
    // InternalTwin.g:4741:1: rule__ModbusAddress__Group_0__1 : rule__ModbusAddress__Group_0__1__Impl rule__ModbusAddress__Group_0__2 ;
    public final void rule__ModbusAddress__Group_0__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:4745:1: ( rule__ModbusAddress__Group_0__1__Impl rule__ModbusAddress__Group_0__2 )
            // InternalTwin.g:4746:2: rule__ModbusAddress__Group_0__1__Impl rule__ModbusAddress__Group_0__2
            {
            pushFollow(FOLLOW_11);
            rule__ModbusAddress__Group_0__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__ModbusAddress__Group_0__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ModbusAddress__Group_0__1"


    // $ANTLR start "rule__ModbusAddress__Group_0__1__Impl"
    // InternalTwin.g:4753:1: rule__ModbusAddress__Group_0__1__Impl : ( ( rule__ModbusAddress__SpaceAssignment_0_1 ) ) ;
    public final void rule__ModbusAddress__Group_0__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:4757:1: ( ( ( rule__ModbusAddress__SpaceAssignment_0_1 ) ) )
            // InternalTwin.g:4758:1: ( ( rule__ModbusAddress__SpaceAssignment_0_1 ) )
            {
            // InternalTwin.g:4758:1: ( ( rule__ModbusAddress__SpaceAssignment_0_1 ) )
            // InternalTwin.g:4759:2: ( rule__ModbusAddress__SpaceAssignment_0_1 )
            {
             before(grammarAccess.getModbusAddressAccess().getSpaceAssignment_0_1()); 
            // InternalTwin.g:4760:2: ( rule__ModbusAddress__SpaceAssignment_0_1 )
            // InternalTwin.g:4760:3: rule__ModbusAddress__SpaceAssignment_0_1
            {
            pushFollow(FOLLOW_2);
            rule__ModbusAddress__SpaceAssignment_0_1();

            state._fsp--;


            }

             after(grammarAccess.getModbusAddressAccess().getSpaceAssignment_0_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ModbusAddress__Group_0__1__Impl"


    // $ANTLR start "rule__ModbusAddress__Group_0__2"
    // InternalTwin.g:4768:1: rule__ModbusAddress__Group_0__2 : rule__ModbusAddress__Group_0__2__Impl ;
    public final void rule__ModbusAddress__Group_0__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:4772:1: ( rule__ModbusAddress__Group_0__2__Impl )
            // InternalTwin.g:4773:2: rule__ModbusAddress__Group_0__2__Impl
            {
            pushFollow(FOLLOW_2);
            rule__ModbusAddress__Group_0__2__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ModbusAddress__Group_0__2"


    // $ANTLR start "rule__ModbusAddress__Group_0__2__Impl"
    // InternalTwin.g:4779:1: rule__ModbusAddress__Group_0__2__Impl : ( ( rule__ModbusAddress__NumberAssignment_0_2 ) ) ;
    public final void rule__ModbusAddress__Group_0__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:4783:1: ( ( ( rule__ModbusAddress__NumberAssignment_0_2 ) ) )
            // InternalTwin.g:4784:1: ( ( rule__ModbusAddress__NumberAssignment_0_2 ) )
            {
            // InternalTwin.g:4784:1: ( ( rule__ModbusAddress__NumberAssignment_0_2 ) )
            // InternalTwin.g:4785:2: ( rule__ModbusAddress__NumberAssignment_0_2 )
            {
             before(grammarAccess.getModbusAddressAccess().getNumberAssignment_0_2()); 
            // InternalTwin.g:4786:2: ( rule__ModbusAddress__NumberAssignment_0_2 )
            // InternalTwin.g:4786:3: rule__ModbusAddress__NumberAssignment_0_2
            {
            pushFollow(FOLLOW_2);
            rule__ModbusAddress__NumberAssignment_0_2();

            state._fsp--;


            }

             after(grammarAccess.getModbusAddressAccess().getNumberAssignment_0_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ModbusAddress__Group_0__2__Impl"


    // $ANTLR start "rule__ModbusAddress__Group_1__0"
    // InternalTwin.g:4795:1: rule__ModbusAddress__Group_1__0 : rule__ModbusAddress__Group_1__0__Impl rule__ModbusAddress__Group_1__1 ;
    public final void rule__ModbusAddress__Group_1__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:4799:1: ( rule__ModbusAddress__Group_1__0__Impl rule__ModbusAddress__Group_1__1 )
            // InternalTwin.g:4800:2: rule__ModbusAddress__Group_1__0__Impl rule__ModbusAddress__Group_1__1
            {
            pushFollow(FOLLOW_11);
            rule__ModbusAddress__Group_1__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__ModbusAddress__Group_1__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ModbusAddress__Group_1__0"


    // $ANTLR start "rule__ModbusAddress__Group_1__0__Impl"
    // InternalTwin.g:4807:1: rule__ModbusAddress__Group_1__0__Impl : ( () ) ;
    public final void rule__ModbusAddress__Group_1__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:4811:1: ( ( () ) )
            // InternalTwin.g:4812:1: ( () )
            {
            // InternalTwin.g:4812:1: ( () )
            // InternalTwin.g:4813:2: ()
            {
             before(grammarAccess.getModbusAddressAccess().getModiconAddressAction_1_0()); 
            // InternalTwin.g:4814:2: ()
            // InternalTwin.g:4814:3: 
            {
            }

             after(grammarAccess.getModbusAddressAccess().getModiconAddressAction_1_0()); 

            }


            }

        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ModbusAddress__Group_1__0__Impl"


    // $ANTLR start "rule__ModbusAddress__Group_1__1"
    // InternalTwin.g:4822:1: rule__ModbusAddress__Group_1__1 : rule__ModbusAddress__Group_1__1__Impl ;
    public final void rule__ModbusAddress__Group_1__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:4826:1: ( rule__ModbusAddress__Group_1__1__Impl )
            // InternalTwin.g:4827:2: rule__ModbusAddress__Group_1__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__ModbusAddress__Group_1__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ModbusAddress__Group_1__1"


    // $ANTLR start "rule__ModbusAddress__Group_1__1__Impl"
    // InternalTwin.g:4833:1: rule__ModbusAddress__Group_1__1__Impl : ( ( rule__ModbusAddress__TextAssignment_1_1 ) ) ;
    public final void rule__ModbusAddress__Group_1__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:4837:1: ( ( ( rule__ModbusAddress__TextAssignment_1_1 ) ) )
            // InternalTwin.g:4838:1: ( ( rule__ModbusAddress__TextAssignment_1_1 ) )
            {
            // InternalTwin.g:4838:1: ( ( rule__ModbusAddress__TextAssignment_1_1 ) )
            // InternalTwin.g:4839:2: ( rule__ModbusAddress__TextAssignment_1_1 )
            {
             before(grammarAccess.getModbusAddressAccess().getTextAssignment_1_1()); 
            // InternalTwin.g:4840:2: ( rule__ModbusAddress__TextAssignment_1_1 )
            // InternalTwin.g:4840:3: rule__ModbusAddress__TextAssignment_1_1
            {
            pushFollow(FOLLOW_2);
            rule__ModbusAddress__TextAssignment_1_1();

            state._fsp--;


            }

             after(grammarAccess.getModbusAddressAccess().getTextAssignment_1_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ModbusAddress__Group_1__1__Impl"


    // $ANTLR start "rule__ModbusAddress__Group_2__0"
    // InternalTwin.g:4849:1: rule__ModbusAddress__Group_2__0 : rule__ModbusAddress__Group_2__0__Impl rule__ModbusAddress__Group_2__1 ;
    public final void rule__ModbusAddress__Group_2__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:4853:1: ( rule__ModbusAddress__Group_2__0__Impl rule__ModbusAddress__Group_2__1 )
            // InternalTwin.g:4854:2: rule__ModbusAddress__Group_2__0__Impl rule__ModbusAddress__Group_2__1
            {
            pushFollow(FOLLOW_39);
            rule__ModbusAddress__Group_2__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__ModbusAddress__Group_2__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ModbusAddress__Group_2__0"


    // $ANTLR start "rule__ModbusAddress__Group_2__0__Impl"
    // InternalTwin.g:4861:1: rule__ModbusAddress__Group_2__0__Impl : ( () ) ;
    public final void rule__ModbusAddress__Group_2__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:4865:1: ( ( () ) )
            // InternalTwin.g:4866:1: ( () )
            {
            // InternalTwin.g:4866:1: ( () )
            // InternalTwin.g:4867:2: ()
            {
             before(grammarAccess.getModbusAddressAccess().getModiconXAddressAction_2_0()); 
            // InternalTwin.g:4868:2: ()
            // InternalTwin.g:4868:3: 
            {
            }

             after(grammarAccess.getModbusAddressAccess().getModiconXAddressAction_2_0()); 

            }


            }

        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ModbusAddress__Group_2__0__Impl"


    // $ANTLR start "rule__ModbusAddress__Group_2__1"
    // InternalTwin.g:4876:1: rule__ModbusAddress__Group_2__1 : rule__ModbusAddress__Group_2__1__Impl ;
    public final void rule__ModbusAddress__Group_2__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:4880:1: ( rule__ModbusAddress__Group_2__1__Impl )
            // InternalTwin.g:4881:2: rule__ModbusAddress__Group_2__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__ModbusAddress__Group_2__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ModbusAddress__Group_2__1"


    // $ANTLR start "rule__ModbusAddress__Group_2__1__Impl"
    // InternalTwin.g:4887:1: rule__ModbusAddress__Group_2__1__Impl : ( ( rule__ModbusAddress__TextAssignment_2_1 ) ) ;
    public final void rule__ModbusAddress__Group_2__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:4891:1: ( ( ( rule__ModbusAddress__TextAssignment_2_1 ) ) )
            // InternalTwin.g:4892:1: ( ( rule__ModbusAddress__TextAssignment_2_1 ) )
            {
            // InternalTwin.g:4892:1: ( ( rule__ModbusAddress__TextAssignment_2_1 ) )
            // InternalTwin.g:4893:2: ( rule__ModbusAddress__TextAssignment_2_1 )
            {
             before(grammarAccess.getModbusAddressAccess().getTextAssignment_2_1()); 
            // InternalTwin.g:4894:2: ( rule__ModbusAddress__TextAssignment_2_1 )
            // InternalTwin.g:4894:3: rule__ModbusAddress__TextAssignment_2_1
            {
            pushFollow(FOLLOW_2);
            rule__ModbusAddress__TextAssignment_2_1();

            state._fsp--;


            }

             after(grammarAccess.getModbusAddressAccess().getTextAssignment_2_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ModbusAddress__Group_2__1__Impl"


    // $ANTLR start "rule__Plc4xAddress__Group__0"
    // InternalTwin.g:4903:1: rule__Plc4xAddress__Group__0 : rule__Plc4xAddress__Group__0__Impl rule__Plc4xAddress__Group__1 ;
    public final void rule__Plc4xAddress__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:4907:1: ( rule__Plc4xAddress__Group__0__Impl rule__Plc4xAddress__Group__1 )
            // InternalTwin.g:4908:2: rule__Plc4xAddress__Group__0__Impl rule__Plc4xAddress__Group__1
            {
            pushFollow(FOLLOW_40);
            rule__Plc4xAddress__Group__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Plc4xAddress__Group__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plc4xAddress__Group__0"


    // $ANTLR start "rule__Plc4xAddress__Group__0__Impl"
    // InternalTwin.g:4915:1: rule__Plc4xAddress__Group__0__Impl : ( ( rule__Plc4xAddress__SpaceAssignment_0 ) ) ;
    public final void rule__Plc4xAddress__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:4919:1: ( ( ( rule__Plc4xAddress__SpaceAssignment_0 ) ) )
            // InternalTwin.g:4920:1: ( ( rule__Plc4xAddress__SpaceAssignment_0 ) )
            {
            // InternalTwin.g:4920:1: ( ( rule__Plc4xAddress__SpaceAssignment_0 ) )
            // InternalTwin.g:4921:2: ( rule__Plc4xAddress__SpaceAssignment_0 )
            {
             before(grammarAccess.getPlc4xAddressAccess().getSpaceAssignment_0()); 
            // InternalTwin.g:4922:2: ( rule__Plc4xAddress__SpaceAssignment_0 )
            // InternalTwin.g:4922:3: rule__Plc4xAddress__SpaceAssignment_0
            {
            pushFollow(FOLLOW_2);
            rule__Plc4xAddress__SpaceAssignment_0();

            state._fsp--;


            }

             after(grammarAccess.getPlc4xAddressAccess().getSpaceAssignment_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plc4xAddress__Group__0__Impl"


    // $ANTLR start "rule__Plc4xAddress__Group__1"
    // InternalTwin.g:4930:1: rule__Plc4xAddress__Group__1 : rule__Plc4xAddress__Group__1__Impl rule__Plc4xAddress__Group__2 ;
    public final void rule__Plc4xAddress__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:4934:1: ( rule__Plc4xAddress__Group__1__Impl rule__Plc4xAddress__Group__2 )
            // InternalTwin.g:4935:2: rule__Plc4xAddress__Group__1__Impl rule__Plc4xAddress__Group__2
            {
            pushFollow(FOLLOW_11);
            rule__Plc4xAddress__Group__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Plc4xAddress__Group__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plc4xAddress__Group__1"


    // $ANTLR start "rule__Plc4xAddress__Group__1__Impl"
    // InternalTwin.g:4942:1: rule__Plc4xAddress__Group__1__Impl : ( ':' ) ;
    public final void rule__Plc4xAddress__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:4946:1: ( ( ':' ) )
            // InternalTwin.g:4947:1: ( ':' )
            {
            // InternalTwin.g:4947:1: ( ':' )
            // InternalTwin.g:4948:2: ':'
            {
             before(grammarAccess.getPlc4xAddressAccess().getColonKeyword_1()); 
            match(input,82,FOLLOW_2); 
             after(grammarAccess.getPlc4xAddressAccess().getColonKeyword_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plc4xAddress__Group__1__Impl"


    // $ANTLR start "rule__Plc4xAddress__Group__2"
    // InternalTwin.g:4957:1: rule__Plc4xAddress__Group__2 : rule__Plc4xAddress__Group__2__Impl rule__Plc4xAddress__Group__3 ;
    public final void rule__Plc4xAddress__Group__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:4961:1: ( rule__Plc4xAddress__Group__2__Impl rule__Plc4xAddress__Group__3 )
            // InternalTwin.g:4962:2: rule__Plc4xAddress__Group__2__Impl rule__Plc4xAddress__Group__3
            {
            pushFollow(FOLLOW_40);
            rule__Plc4xAddress__Group__2__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Plc4xAddress__Group__3();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plc4xAddress__Group__2"


    // $ANTLR start "rule__Plc4xAddress__Group__2__Impl"
    // InternalTwin.g:4969:1: rule__Plc4xAddress__Group__2__Impl : ( ( rule__Plc4xAddress__NumberAssignment_2 ) ) ;
    public final void rule__Plc4xAddress__Group__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:4973:1: ( ( ( rule__Plc4xAddress__NumberAssignment_2 ) ) )
            // InternalTwin.g:4974:1: ( ( rule__Plc4xAddress__NumberAssignment_2 ) )
            {
            // InternalTwin.g:4974:1: ( ( rule__Plc4xAddress__NumberAssignment_2 ) )
            // InternalTwin.g:4975:2: ( rule__Plc4xAddress__NumberAssignment_2 )
            {
             before(grammarAccess.getPlc4xAddressAccess().getNumberAssignment_2()); 
            // InternalTwin.g:4976:2: ( rule__Plc4xAddress__NumberAssignment_2 )
            // InternalTwin.g:4976:3: rule__Plc4xAddress__NumberAssignment_2
            {
            pushFollow(FOLLOW_2);
            rule__Plc4xAddress__NumberAssignment_2();

            state._fsp--;


            }

             after(grammarAccess.getPlc4xAddressAccess().getNumberAssignment_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plc4xAddress__Group__2__Impl"


    // $ANTLR start "rule__Plc4xAddress__Group__3"
    // InternalTwin.g:4984:1: rule__Plc4xAddress__Group__3 : rule__Plc4xAddress__Group__3__Impl ;
    public final void rule__Plc4xAddress__Group__3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:4988:1: ( rule__Plc4xAddress__Group__3__Impl )
            // InternalTwin.g:4989:2: rule__Plc4xAddress__Group__3__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Plc4xAddress__Group__3__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plc4xAddress__Group__3"


    // $ANTLR start "rule__Plc4xAddress__Group__3__Impl"
    // InternalTwin.g:4995:1: rule__Plc4xAddress__Group__3__Impl : ( ( rule__Plc4xAddress__Group_3__0 )? ) ;
    public final void rule__Plc4xAddress__Group__3__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:4999:1: ( ( ( rule__Plc4xAddress__Group_3__0 )? ) )
            // InternalTwin.g:5000:1: ( ( rule__Plc4xAddress__Group_3__0 )? )
            {
            // InternalTwin.g:5000:1: ( ( rule__Plc4xAddress__Group_3__0 )? )
            // InternalTwin.g:5001:2: ( rule__Plc4xAddress__Group_3__0 )?
            {
             before(grammarAccess.getPlc4xAddressAccess().getGroup_3()); 
            // InternalTwin.g:5002:2: ( rule__Plc4xAddress__Group_3__0 )?
            int alt46=2;
            int LA46_0 = input.LA(1);

            if ( (LA46_0==82) ) {
                alt46=1;
            }
            switch (alt46) {
                case 1 :
                    // InternalTwin.g:5002:3: rule__Plc4xAddress__Group_3__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__Plc4xAddress__Group_3__0();

                    state._fsp--;


                    }
                    break;

            }

             after(grammarAccess.getPlc4xAddressAccess().getGroup_3()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plc4xAddress__Group__3__Impl"


    // $ANTLR start "rule__Plc4xAddress__Group_3__0"
    // InternalTwin.g:5011:1: rule__Plc4xAddress__Group_3__0 : rule__Plc4xAddress__Group_3__0__Impl rule__Plc4xAddress__Group_3__1 ;
    public final void rule__Plc4xAddress__Group_3__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:5015:1: ( rule__Plc4xAddress__Group_3__0__Impl rule__Plc4xAddress__Group_3__1 )
            // InternalTwin.g:5016:2: rule__Plc4xAddress__Group_3__0__Impl rule__Plc4xAddress__Group_3__1
            {
            pushFollow(FOLLOW_6);
            rule__Plc4xAddress__Group_3__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Plc4xAddress__Group_3__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plc4xAddress__Group_3__0"


    // $ANTLR start "rule__Plc4xAddress__Group_3__0__Impl"
    // InternalTwin.g:5023:1: rule__Plc4xAddress__Group_3__0__Impl : ( ':' ) ;
    public final void rule__Plc4xAddress__Group_3__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:5027:1: ( ( ':' ) )
            // InternalTwin.g:5028:1: ( ':' )
            {
            // InternalTwin.g:5028:1: ( ':' )
            // InternalTwin.g:5029:2: ':'
            {
             before(grammarAccess.getPlc4xAddressAccess().getColonKeyword_3_0()); 
            match(input,82,FOLLOW_2); 
             after(grammarAccess.getPlc4xAddressAccess().getColonKeyword_3_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plc4xAddress__Group_3__0__Impl"


    // $ANTLR start "rule__Plc4xAddress__Group_3__1"
    // InternalTwin.g:5038:1: rule__Plc4xAddress__Group_3__1 : rule__Plc4xAddress__Group_3__1__Impl ;
    public final void rule__Plc4xAddress__Group_3__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:5042:1: ( rule__Plc4xAddress__Group_3__1__Impl )
            // InternalTwin.g:5043:2: rule__Plc4xAddress__Group_3__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Plc4xAddress__Group_3__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plc4xAddress__Group_3__1"


    // $ANTLR start "rule__Plc4xAddress__Group_3__1__Impl"
    // InternalTwin.g:5049:1: rule__Plc4xAddress__Group_3__1__Impl : ( ( rule__Plc4xAddress__TypeNameAssignment_3_1 ) ) ;
    public final void rule__Plc4xAddress__Group_3__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:5053:1: ( ( ( rule__Plc4xAddress__TypeNameAssignment_3_1 ) ) )
            // InternalTwin.g:5054:1: ( ( rule__Plc4xAddress__TypeNameAssignment_3_1 ) )
            {
            // InternalTwin.g:5054:1: ( ( rule__Plc4xAddress__TypeNameAssignment_3_1 ) )
            // InternalTwin.g:5055:2: ( rule__Plc4xAddress__TypeNameAssignment_3_1 )
            {
             before(grammarAccess.getPlc4xAddressAccess().getTypeNameAssignment_3_1()); 
            // InternalTwin.g:5056:2: ( rule__Plc4xAddress__TypeNameAssignment_3_1 )
            // InternalTwin.g:5056:3: rule__Plc4xAddress__TypeNameAssignment_3_1
            {
            pushFollow(FOLLOW_2);
            rule__Plc4xAddress__TypeNameAssignment_3_1();

            state._fsp--;


            }

             after(grammarAccess.getPlc4xAddressAccess().getTypeNameAssignment_3_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plc4xAddress__Group_3__1__Impl"


    // $ANTLR start "rule__DataType__Group_0__0"
    // InternalTwin.g:5065:1: rule__DataType__Group_0__0 : rule__DataType__Group_0__0__Impl rule__DataType__Group_0__1 ;
    public final void rule__DataType__Group_0__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:5069:1: ( rule__DataType__Group_0__0__Impl rule__DataType__Group_0__1 )
            // InternalTwin.g:5070:2: rule__DataType__Group_0__0__Impl rule__DataType__Group_0__1
            {
            pushFollow(FOLLOW_41);
            rule__DataType__Group_0__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__DataType__Group_0__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__DataType__Group_0__0"


    // $ANTLR start "rule__DataType__Group_0__0__Impl"
    // InternalTwin.g:5077:1: rule__DataType__Group_0__0__Impl : ( () ) ;
    public final void rule__DataType__Group_0__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:5081:1: ( ( () ) )
            // InternalTwin.g:5082:1: ( () )
            {
            // InternalTwin.g:5082:1: ( () )
            // InternalTwin.g:5083:2: ()
            {
             before(grammarAccess.getDataTypeAccess().getScalarTypeAction_0_0()); 
            // InternalTwin.g:5084:2: ()
            // InternalTwin.g:5084:3: 
            {
            }

             after(grammarAccess.getDataTypeAccess().getScalarTypeAction_0_0()); 

            }


            }

        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__DataType__Group_0__0__Impl"


    // $ANTLR start "rule__DataType__Group_0__1"
    // InternalTwin.g:5092:1: rule__DataType__Group_0__1 : rule__DataType__Group_0__1__Impl ;
    public final void rule__DataType__Group_0__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:5096:1: ( rule__DataType__Group_0__1__Impl )
            // InternalTwin.g:5097:2: rule__DataType__Group_0__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__DataType__Group_0__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__DataType__Group_0__1"


    // $ANTLR start "rule__DataType__Group_0__1__Impl"
    // InternalTwin.g:5103:1: rule__DataType__Group_0__1__Impl : ( ( rule__DataType__KindAssignment_0_1 ) ) ;
    public final void rule__DataType__Group_0__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:5107:1: ( ( ( rule__DataType__KindAssignment_0_1 ) ) )
            // InternalTwin.g:5108:1: ( ( rule__DataType__KindAssignment_0_1 ) )
            {
            // InternalTwin.g:5108:1: ( ( rule__DataType__KindAssignment_0_1 ) )
            // InternalTwin.g:5109:2: ( rule__DataType__KindAssignment_0_1 )
            {
             before(grammarAccess.getDataTypeAccess().getKindAssignment_0_1()); 
            // InternalTwin.g:5110:2: ( rule__DataType__KindAssignment_0_1 )
            // InternalTwin.g:5110:3: rule__DataType__KindAssignment_0_1
            {
            pushFollow(FOLLOW_2);
            rule__DataType__KindAssignment_0_1();

            state._fsp--;


            }

             after(grammarAccess.getDataTypeAccess().getKindAssignment_0_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__DataType__Group_0__1__Impl"


    // $ANTLR start "rule__DataType__Group_1__0"
    // InternalTwin.g:5119:1: rule__DataType__Group_1__0 : rule__DataType__Group_1__0__Impl rule__DataType__Group_1__1 ;
    public final void rule__DataType__Group_1__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:5123:1: ( rule__DataType__Group_1__0__Impl rule__DataType__Group_1__1 )
            // InternalTwin.g:5124:2: rule__DataType__Group_1__0__Impl rule__DataType__Group_1__1
            {
            pushFollow(FOLLOW_42);
            rule__DataType__Group_1__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__DataType__Group_1__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__DataType__Group_1__0"


    // $ANTLR start "rule__DataType__Group_1__0__Impl"
    // InternalTwin.g:5131:1: rule__DataType__Group_1__0__Impl : ( () ) ;
    public final void rule__DataType__Group_1__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:5135:1: ( ( () ) )
            // InternalTwin.g:5136:1: ( () )
            {
            // InternalTwin.g:5136:1: ( () )
            // InternalTwin.g:5137:2: ()
            {
             before(grammarAccess.getDataTypeAccess().getStringTypeAction_1_0()); 
            // InternalTwin.g:5138:2: ()
            // InternalTwin.g:5138:3: 
            {
            }

             after(grammarAccess.getDataTypeAccess().getStringTypeAction_1_0()); 

            }


            }

        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__DataType__Group_1__0__Impl"


    // $ANTLR start "rule__DataType__Group_1__1"
    // InternalTwin.g:5146:1: rule__DataType__Group_1__1 : rule__DataType__Group_1__1__Impl rule__DataType__Group_1__2 ;
    public final void rule__DataType__Group_1__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:5150:1: ( rule__DataType__Group_1__1__Impl rule__DataType__Group_1__2 )
            // InternalTwin.g:5151:2: rule__DataType__Group_1__1__Impl rule__DataType__Group_1__2
            {
            pushFollow(FOLLOW_43);
            rule__DataType__Group_1__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__DataType__Group_1__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__DataType__Group_1__1"


    // $ANTLR start "rule__DataType__Group_1__1__Impl"
    // InternalTwin.g:5158:1: rule__DataType__Group_1__1__Impl : ( 'string' ) ;
    public final void rule__DataType__Group_1__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:5162:1: ( ( 'string' ) )
            // InternalTwin.g:5163:1: ( 'string' )
            {
            // InternalTwin.g:5163:1: ( 'string' )
            // InternalTwin.g:5164:2: 'string'
            {
             before(grammarAccess.getDataTypeAccess().getStringKeyword_1_1()); 
            match(input,83,FOLLOW_2); 
             after(grammarAccess.getDataTypeAccess().getStringKeyword_1_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__DataType__Group_1__1__Impl"


    // $ANTLR start "rule__DataType__Group_1__2"
    // InternalTwin.g:5173:1: rule__DataType__Group_1__2 : rule__DataType__Group_1__2__Impl rule__DataType__Group_1__3 ;
    public final void rule__DataType__Group_1__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:5177:1: ( rule__DataType__Group_1__2__Impl rule__DataType__Group_1__3 )
            // InternalTwin.g:5178:2: rule__DataType__Group_1__2__Impl rule__DataType__Group_1__3
            {
            pushFollow(FOLLOW_11);
            rule__DataType__Group_1__2__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__DataType__Group_1__3();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__DataType__Group_1__2"


    // $ANTLR start "rule__DataType__Group_1__2__Impl"
    // InternalTwin.g:5185:1: rule__DataType__Group_1__2__Impl : ( '(' ) ;
    public final void rule__DataType__Group_1__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:5189:1: ( ( '(' ) )
            // InternalTwin.g:5190:1: ( '(' )
            {
            // InternalTwin.g:5190:1: ( '(' )
            // InternalTwin.g:5191:2: '('
            {
             before(grammarAccess.getDataTypeAccess().getLeftParenthesisKeyword_1_2()); 
            match(input,84,FOLLOW_2); 
             after(grammarAccess.getDataTypeAccess().getLeftParenthesisKeyword_1_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__DataType__Group_1__2__Impl"


    // $ANTLR start "rule__DataType__Group_1__3"
    // InternalTwin.g:5200:1: rule__DataType__Group_1__3 : rule__DataType__Group_1__3__Impl rule__DataType__Group_1__4 ;
    public final void rule__DataType__Group_1__3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:5204:1: ( rule__DataType__Group_1__3__Impl rule__DataType__Group_1__4 )
            // InternalTwin.g:5205:2: rule__DataType__Group_1__3__Impl rule__DataType__Group_1__4
            {
            pushFollow(FOLLOW_44);
            rule__DataType__Group_1__3__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__DataType__Group_1__4();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__DataType__Group_1__3"


    // $ANTLR start "rule__DataType__Group_1__3__Impl"
    // InternalTwin.g:5212:1: rule__DataType__Group_1__3__Impl : ( ( rule__DataType__RegistersAssignment_1_3 ) ) ;
    public final void rule__DataType__Group_1__3__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:5216:1: ( ( ( rule__DataType__RegistersAssignment_1_3 ) ) )
            // InternalTwin.g:5217:1: ( ( rule__DataType__RegistersAssignment_1_3 ) )
            {
            // InternalTwin.g:5217:1: ( ( rule__DataType__RegistersAssignment_1_3 ) )
            // InternalTwin.g:5218:2: ( rule__DataType__RegistersAssignment_1_3 )
            {
             before(grammarAccess.getDataTypeAccess().getRegistersAssignment_1_3()); 
            // InternalTwin.g:5219:2: ( rule__DataType__RegistersAssignment_1_3 )
            // InternalTwin.g:5219:3: rule__DataType__RegistersAssignment_1_3
            {
            pushFollow(FOLLOW_2);
            rule__DataType__RegistersAssignment_1_3();

            state._fsp--;


            }

             after(grammarAccess.getDataTypeAccess().getRegistersAssignment_1_3()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__DataType__Group_1__3__Impl"


    // $ANTLR start "rule__DataType__Group_1__4"
    // InternalTwin.g:5227:1: rule__DataType__Group_1__4 : rule__DataType__Group_1__4__Impl ;
    public final void rule__DataType__Group_1__4() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:5231:1: ( rule__DataType__Group_1__4__Impl )
            // InternalTwin.g:5232:2: rule__DataType__Group_1__4__Impl
            {
            pushFollow(FOLLOW_2);
            rule__DataType__Group_1__4__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__DataType__Group_1__4"


    // $ANTLR start "rule__DataType__Group_1__4__Impl"
    // InternalTwin.g:5238:1: rule__DataType__Group_1__4__Impl : ( ')' ) ;
    public final void rule__DataType__Group_1__4__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:5242:1: ( ( ')' ) )
            // InternalTwin.g:5243:1: ( ')' )
            {
            // InternalTwin.g:5243:1: ( ')' )
            // InternalTwin.g:5244:2: ')'
            {
             before(grammarAccess.getDataTypeAccess().getRightParenthesisKeyword_1_4()); 
            match(input,85,FOLLOW_2); 
             after(grammarAccess.getDataTypeAccess().getRightParenthesisKeyword_1_4()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__DataType__Group_1__4__Impl"


    // $ANTLR start "rule__DataType__Group_2__0"
    // InternalTwin.g:5254:1: rule__DataType__Group_2__0 : rule__DataType__Group_2__0__Impl rule__DataType__Group_2__1 ;
    public final void rule__DataType__Group_2__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:5258:1: ( rule__DataType__Group_2__0__Impl rule__DataType__Group_2__1 )
            // InternalTwin.g:5259:2: rule__DataType__Group_2__0__Impl rule__DataType__Group_2__1
            {
            pushFollow(FOLLOW_45);
            rule__DataType__Group_2__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__DataType__Group_2__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__DataType__Group_2__0"


    // $ANTLR start "rule__DataType__Group_2__0__Impl"
    // InternalTwin.g:5266:1: rule__DataType__Group_2__0__Impl : ( () ) ;
    public final void rule__DataType__Group_2__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:5270:1: ( ( () ) )
            // InternalTwin.g:5271:1: ( () )
            {
            // InternalTwin.g:5271:1: ( () )
            // InternalTwin.g:5272:2: ()
            {
             before(grammarAccess.getDataTypeAccess().getBitTypeAction_2_0()); 
            // InternalTwin.g:5273:2: ()
            // InternalTwin.g:5273:3: 
            {
            }

             after(grammarAccess.getDataTypeAccess().getBitTypeAction_2_0()); 

            }


            }

        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__DataType__Group_2__0__Impl"


    // $ANTLR start "rule__DataType__Group_2__1"
    // InternalTwin.g:5281:1: rule__DataType__Group_2__1 : rule__DataType__Group_2__1__Impl rule__DataType__Group_2__2 ;
    public final void rule__DataType__Group_2__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:5285:1: ( rule__DataType__Group_2__1__Impl rule__DataType__Group_2__2 )
            // InternalTwin.g:5286:2: rule__DataType__Group_2__1__Impl rule__DataType__Group_2__2
            {
            pushFollow(FOLLOW_11);
            rule__DataType__Group_2__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__DataType__Group_2__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__DataType__Group_2__1"


    // $ANTLR start "rule__DataType__Group_2__1__Impl"
    // InternalTwin.g:5293:1: rule__DataType__Group_2__1__Impl : ( 'bit' ) ;
    public final void rule__DataType__Group_2__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:5297:1: ( ( 'bit' ) )
            // InternalTwin.g:5298:1: ( 'bit' )
            {
            // InternalTwin.g:5298:1: ( 'bit' )
            // InternalTwin.g:5299:2: 'bit'
            {
             before(grammarAccess.getDataTypeAccess().getBitKeyword_2_1()); 
            match(input,86,FOLLOW_2); 
             after(grammarAccess.getDataTypeAccess().getBitKeyword_2_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__DataType__Group_2__1__Impl"


    // $ANTLR start "rule__DataType__Group_2__2"
    // InternalTwin.g:5308:1: rule__DataType__Group_2__2 : rule__DataType__Group_2__2__Impl ;
    public final void rule__DataType__Group_2__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:5312:1: ( rule__DataType__Group_2__2__Impl )
            // InternalTwin.g:5313:2: rule__DataType__Group_2__2__Impl
            {
            pushFollow(FOLLOW_2);
            rule__DataType__Group_2__2__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__DataType__Group_2__2"


    // $ANTLR start "rule__DataType__Group_2__2__Impl"
    // InternalTwin.g:5319:1: rule__DataType__Group_2__2__Impl : ( ( rule__DataType__BitAssignment_2_2 ) ) ;
    public final void rule__DataType__Group_2__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:5323:1: ( ( ( rule__DataType__BitAssignment_2_2 ) ) )
            // InternalTwin.g:5324:1: ( ( rule__DataType__BitAssignment_2_2 ) )
            {
            // InternalTwin.g:5324:1: ( ( rule__DataType__BitAssignment_2_2 ) )
            // InternalTwin.g:5325:2: ( rule__DataType__BitAssignment_2_2 )
            {
             before(grammarAccess.getDataTypeAccess().getBitAssignment_2_2()); 
            // InternalTwin.g:5326:2: ( rule__DataType__BitAssignment_2_2 )
            // InternalTwin.g:5326:3: rule__DataType__BitAssignment_2_2
            {
            pushFollow(FOLLOW_2);
            rule__DataType__BitAssignment_2_2();

            state._fsp--;


            }

             after(grammarAccess.getDataTypeAccess().getBitAssignment_2_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__DataType__Group_2__2__Impl"


    // $ANTLR start "rule__ScaleOption__Group__0"
    // InternalTwin.g:5335:1: rule__ScaleOption__Group__0 : rule__ScaleOption__Group__0__Impl rule__ScaleOption__Group__1 ;
    public final void rule__ScaleOption__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:5339:1: ( rule__ScaleOption__Group__0__Impl rule__ScaleOption__Group__1 )
            // InternalTwin.g:5340:2: rule__ScaleOption__Group__0__Impl rule__ScaleOption__Group__1
            {
            pushFollow(FOLLOW_46);
            rule__ScaleOption__Group__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__ScaleOption__Group__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ScaleOption__Group__0"


    // $ANTLR start "rule__ScaleOption__Group__0__Impl"
    // InternalTwin.g:5347:1: rule__ScaleOption__Group__0__Impl : ( 'scale' ) ;
    public final void rule__ScaleOption__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:5351:1: ( ( 'scale' ) )
            // InternalTwin.g:5352:1: ( 'scale' )
            {
            // InternalTwin.g:5352:1: ( 'scale' )
            // InternalTwin.g:5353:2: 'scale'
            {
             before(grammarAccess.getScaleOptionAccess().getScaleKeyword_0()); 
            match(input,87,FOLLOW_2); 
             after(grammarAccess.getScaleOptionAccess().getScaleKeyword_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ScaleOption__Group__0__Impl"


    // $ANTLR start "rule__ScaleOption__Group__1"
    // InternalTwin.g:5362:1: rule__ScaleOption__Group__1 : rule__ScaleOption__Group__1__Impl ;
    public final void rule__ScaleOption__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:5366:1: ( rule__ScaleOption__Group__1__Impl )
            // InternalTwin.g:5367:2: rule__ScaleOption__Group__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__ScaleOption__Group__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ScaleOption__Group__1"


    // $ANTLR start "rule__ScaleOption__Group__1__Impl"
    // InternalTwin.g:5373:1: rule__ScaleOption__Group__1__Impl : ( ( rule__ScaleOption__FactorAssignment_1 ) ) ;
    public final void rule__ScaleOption__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:5377:1: ( ( ( rule__ScaleOption__FactorAssignment_1 ) ) )
            // InternalTwin.g:5378:1: ( ( rule__ScaleOption__FactorAssignment_1 ) )
            {
            // InternalTwin.g:5378:1: ( ( rule__ScaleOption__FactorAssignment_1 ) )
            // InternalTwin.g:5379:2: ( rule__ScaleOption__FactorAssignment_1 )
            {
             before(grammarAccess.getScaleOptionAccess().getFactorAssignment_1()); 
            // InternalTwin.g:5380:2: ( rule__ScaleOption__FactorAssignment_1 )
            // InternalTwin.g:5380:3: rule__ScaleOption__FactorAssignment_1
            {
            pushFollow(FOLLOW_2);
            rule__ScaleOption__FactorAssignment_1();

            state._fsp--;


            }

             after(grammarAccess.getScaleOptionAccess().getFactorAssignment_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ScaleOption__Group__1__Impl"


    // $ANTLR start "rule__OffsetOption__Group__0"
    // InternalTwin.g:5389:1: rule__OffsetOption__Group__0 : rule__OffsetOption__Group__0__Impl rule__OffsetOption__Group__1 ;
    public final void rule__OffsetOption__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:5393:1: ( rule__OffsetOption__Group__0__Impl rule__OffsetOption__Group__1 )
            // InternalTwin.g:5394:2: rule__OffsetOption__Group__0__Impl rule__OffsetOption__Group__1
            {
            pushFollow(FOLLOW_46);
            rule__OffsetOption__Group__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__OffsetOption__Group__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__OffsetOption__Group__0"


    // $ANTLR start "rule__OffsetOption__Group__0__Impl"
    // InternalTwin.g:5401:1: rule__OffsetOption__Group__0__Impl : ( 'offset' ) ;
    public final void rule__OffsetOption__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:5405:1: ( ( 'offset' ) )
            // InternalTwin.g:5406:1: ( 'offset' )
            {
            // InternalTwin.g:5406:1: ( 'offset' )
            // InternalTwin.g:5407:2: 'offset'
            {
             before(grammarAccess.getOffsetOptionAccess().getOffsetKeyword_0()); 
            match(input,88,FOLLOW_2); 
             after(grammarAccess.getOffsetOptionAccess().getOffsetKeyword_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__OffsetOption__Group__0__Impl"


    // $ANTLR start "rule__OffsetOption__Group__1"
    // InternalTwin.g:5416:1: rule__OffsetOption__Group__1 : rule__OffsetOption__Group__1__Impl ;
    public final void rule__OffsetOption__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:5420:1: ( rule__OffsetOption__Group__1__Impl )
            // InternalTwin.g:5421:2: rule__OffsetOption__Group__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__OffsetOption__Group__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__OffsetOption__Group__1"


    // $ANTLR start "rule__OffsetOption__Group__1__Impl"
    // InternalTwin.g:5427:1: rule__OffsetOption__Group__1__Impl : ( ( rule__OffsetOption__OffsetAssignment_1 ) ) ;
    public final void rule__OffsetOption__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:5431:1: ( ( ( rule__OffsetOption__OffsetAssignment_1 ) ) )
            // InternalTwin.g:5432:1: ( ( rule__OffsetOption__OffsetAssignment_1 ) )
            {
            // InternalTwin.g:5432:1: ( ( rule__OffsetOption__OffsetAssignment_1 ) )
            // InternalTwin.g:5433:2: ( rule__OffsetOption__OffsetAssignment_1 )
            {
             before(grammarAccess.getOffsetOptionAccess().getOffsetAssignment_1()); 
            // InternalTwin.g:5434:2: ( rule__OffsetOption__OffsetAssignment_1 )
            // InternalTwin.g:5434:3: rule__OffsetOption__OffsetAssignment_1
            {
            pushFollow(FOLLOW_2);
            rule__OffsetOption__OffsetAssignment_1();

            state._fsp--;


            }

             after(grammarAccess.getOffsetOptionAccess().getOffsetAssignment_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__OffsetOption__Group__1__Impl"


    // $ANTLR start "rule__UnitOption__Group__0"
    // InternalTwin.g:5443:1: rule__UnitOption__Group__0 : rule__UnitOption__Group__0__Impl rule__UnitOption__Group__1 ;
    public final void rule__UnitOption__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:5447:1: ( rule__UnitOption__Group__0__Impl rule__UnitOption__Group__1 )
            // InternalTwin.g:5448:2: rule__UnitOption__Group__0__Impl rule__UnitOption__Group__1
            {
            pushFollow(FOLLOW_47);
            rule__UnitOption__Group__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__UnitOption__Group__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__UnitOption__Group__0"


    // $ANTLR start "rule__UnitOption__Group__0__Impl"
    // InternalTwin.g:5455:1: rule__UnitOption__Group__0__Impl : ( 'unit' ) ;
    public final void rule__UnitOption__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:5459:1: ( ( 'unit' ) )
            // InternalTwin.g:5460:1: ( 'unit' )
            {
            // InternalTwin.g:5460:1: ( 'unit' )
            // InternalTwin.g:5461:2: 'unit'
            {
             before(grammarAccess.getUnitOptionAccess().getUnitKeyword_0()); 
            match(input,89,FOLLOW_2); 
             after(grammarAccess.getUnitOptionAccess().getUnitKeyword_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__UnitOption__Group__0__Impl"


    // $ANTLR start "rule__UnitOption__Group__1"
    // InternalTwin.g:5470:1: rule__UnitOption__Group__1 : rule__UnitOption__Group__1__Impl ;
    public final void rule__UnitOption__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:5474:1: ( rule__UnitOption__Group__1__Impl )
            // InternalTwin.g:5475:2: rule__UnitOption__Group__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__UnitOption__Group__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__UnitOption__Group__1"


    // $ANTLR start "rule__UnitOption__Group__1__Impl"
    // InternalTwin.g:5481:1: rule__UnitOption__Group__1__Impl : ( ( rule__UnitOption__UnitAssignment_1 ) ) ;
    public final void rule__UnitOption__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:5485:1: ( ( ( rule__UnitOption__UnitAssignment_1 ) ) )
            // InternalTwin.g:5486:1: ( ( rule__UnitOption__UnitAssignment_1 ) )
            {
            // InternalTwin.g:5486:1: ( ( rule__UnitOption__UnitAssignment_1 ) )
            // InternalTwin.g:5487:2: ( rule__UnitOption__UnitAssignment_1 )
            {
             before(grammarAccess.getUnitOptionAccess().getUnitAssignment_1()); 
            // InternalTwin.g:5488:2: ( rule__UnitOption__UnitAssignment_1 )
            // InternalTwin.g:5488:3: rule__UnitOption__UnitAssignment_1
            {
            pushFollow(FOLLOW_2);
            rule__UnitOption__UnitAssignment_1();

            state._fsp--;


            }

             after(grammarAccess.getUnitOptionAccess().getUnitAssignment_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__UnitOption__Group__1__Impl"


    // $ANTLR start "rule__ValidOption__Group__0"
    // InternalTwin.g:5497:1: rule__ValidOption__Group__0 : rule__ValidOption__Group__0__Impl rule__ValidOption__Group__1 ;
    public final void rule__ValidOption__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:5501:1: ( rule__ValidOption__Group__0__Impl rule__ValidOption__Group__1 )
            // InternalTwin.g:5502:2: rule__ValidOption__Group__0__Impl rule__ValidOption__Group__1
            {
            pushFollow(FOLLOW_46);
            rule__ValidOption__Group__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__ValidOption__Group__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ValidOption__Group__0"


    // $ANTLR start "rule__ValidOption__Group__0__Impl"
    // InternalTwin.g:5509:1: rule__ValidOption__Group__0__Impl : ( 'valid' ) ;
    public final void rule__ValidOption__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:5513:1: ( ( 'valid' ) )
            // InternalTwin.g:5514:1: ( 'valid' )
            {
            // InternalTwin.g:5514:1: ( 'valid' )
            // InternalTwin.g:5515:2: 'valid'
            {
             before(grammarAccess.getValidOptionAccess().getValidKeyword_0()); 
            match(input,90,FOLLOW_2); 
             after(grammarAccess.getValidOptionAccess().getValidKeyword_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ValidOption__Group__0__Impl"


    // $ANTLR start "rule__ValidOption__Group__1"
    // InternalTwin.g:5524:1: rule__ValidOption__Group__1 : rule__ValidOption__Group__1__Impl rule__ValidOption__Group__2 ;
    public final void rule__ValidOption__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:5528:1: ( rule__ValidOption__Group__1__Impl rule__ValidOption__Group__2 )
            // InternalTwin.g:5529:2: rule__ValidOption__Group__1__Impl rule__ValidOption__Group__2
            {
            pushFollow(FOLLOW_48);
            rule__ValidOption__Group__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__ValidOption__Group__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ValidOption__Group__1"


    // $ANTLR start "rule__ValidOption__Group__1__Impl"
    // InternalTwin.g:5536:1: rule__ValidOption__Group__1__Impl : ( ( rule__ValidOption__MinimumAssignment_1 ) ) ;
    public final void rule__ValidOption__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:5540:1: ( ( ( rule__ValidOption__MinimumAssignment_1 ) ) )
            // InternalTwin.g:5541:1: ( ( rule__ValidOption__MinimumAssignment_1 ) )
            {
            // InternalTwin.g:5541:1: ( ( rule__ValidOption__MinimumAssignment_1 ) )
            // InternalTwin.g:5542:2: ( rule__ValidOption__MinimumAssignment_1 )
            {
             before(grammarAccess.getValidOptionAccess().getMinimumAssignment_1()); 
            // InternalTwin.g:5543:2: ( rule__ValidOption__MinimumAssignment_1 )
            // InternalTwin.g:5543:3: rule__ValidOption__MinimumAssignment_1
            {
            pushFollow(FOLLOW_2);
            rule__ValidOption__MinimumAssignment_1();

            state._fsp--;


            }

             after(grammarAccess.getValidOptionAccess().getMinimumAssignment_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ValidOption__Group__1__Impl"


    // $ANTLR start "rule__ValidOption__Group__2"
    // InternalTwin.g:5551:1: rule__ValidOption__Group__2 : rule__ValidOption__Group__2__Impl rule__ValidOption__Group__3 ;
    public final void rule__ValidOption__Group__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:5555:1: ( rule__ValidOption__Group__2__Impl rule__ValidOption__Group__3 )
            // InternalTwin.g:5556:2: rule__ValidOption__Group__2__Impl rule__ValidOption__Group__3
            {
            pushFollow(FOLLOW_46);
            rule__ValidOption__Group__2__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__ValidOption__Group__3();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ValidOption__Group__2"


    // $ANTLR start "rule__ValidOption__Group__2__Impl"
    // InternalTwin.g:5563:1: rule__ValidOption__Group__2__Impl : ( '..' ) ;
    public final void rule__ValidOption__Group__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:5567:1: ( ( '..' ) )
            // InternalTwin.g:5568:1: ( '..' )
            {
            // InternalTwin.g:5568:1: ( '..' )
            // InternalTwin.g:5569:2: '..'
            {
             before(grammarAccess.getValidOptionAccess().getFullStopFullStopKeyword_2()); 
            match(input,91,FOLLOW_2); 
             after(grammarAccess.getValidOptionAccess().getFullStopFullStopKeyword_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ValidOption__Group__2__Impl"


    // $ANTLR start "rule__ValidOption__Group__3"
    // InternalTwin.g:5578:1: rule__ValidOption__Group__3 : rule__ValidOption__Group__3__Impl ;
    public final void rule__ValidOption__Group__3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:5582:1: ( rule__ValidOption__Group__3__Impl )
            // InternalTwin.g:5583:2: rule__ValidOption__Group__3__Impl
            {
            pushFollow(FOLLOW_2);
            rule__ValidOption__Group__3__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ValidOption__Group__3"


    // $ANTLR start "rule__ValidOption__Group__3__Impl"
    // InternalTwin.g:5589:1: rule__ValidOption__Group__3__Impl : ( ( rule__ValidOption__MaximumAssignment_3 ) ) ;
    public final void rule__ValidOption__Group__3__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:5593:1: ( ( ( rule__ValidOption__MaximumAssignment_3 ) ) )
            // InternalTwin.g:5594:1: ( ( rule__ValidOption__MaximumAssignment_3 ) )
            {
            // InternalTwin.g:5594:1: ( ( rule__ValidOption__MaximumAssignment_3 ) )
            // InternalTwin.g:5595:2: ( rule__ValidOption__MaximumAssignment_3 )
            {
             before(grammarAccess.getValidOptionAccess().getMaximumAssignment_3()); 
            // InternalTwin.g:5596:2: ( rule__ValidOption__MaximumAssignment_3 )
            // InternalTwin.g:5596:3: rule__ValidOption__MaximumAssignment_3
            {
            pushFollow(FOLLOW_2);
            rule__ValidOption__MaximumAssignment_3();

            state._fsp--;


            }

             after(grammarAccess.getValidOptionAccess().getMaximumAssignment_3()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ValidOption__Group__3__Impl"


    // $ANTLR start "rule__DeadbandOption__Group__0"
    // InternalTwin.g:5605:1: rule__DeadbandOption__Group__0 : rule__DeadbandOption__Group__0__Impl rule__DeadbandOption__Group__1 ;
    public final void rule__DeadbandOption__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:5609:1: ( rule__DeadbandOption__Group__0__Impl rule__DeadbandOption__Group__1 )
            // InternalTwin.g:5610:2: rule__DeadbandOption__Group__0__Impl rule__DeadbandOption__Group__1
            {
            pushFollow(FOLLOW_46);
            rule__DeadbandOption__Group__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__DeadbandOption__Group__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__DeadbandOption__Group__0"


    // $ANTLR start "rule__DeadbandOption__Group__0__Impl"
    // InternalTwin.g:5617:1: rule__DeadbandOption__Group__0__Impl : ( 'deadband' ) ;
    public final void rule__DeadbandOption__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:5621:1: ( ( 'deadband' ) )
            // InternalTwin.g:5622:1: ( 'deadband' )
            {
            // InternalTwin.g:5622:1: ( 'deadband' )
            // InternalTwin.g:5623:2: 'deadband'
            {
             before(grammarAccess.getDeadbandOptionAccess().getDeadbandKeyword_0()); 
            match(input,92,FOLLOW_2); 
             after(grammarAccess.getDeadbandOptionAccess().getDeadbandKeyword_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__DeadbandOption__Group__0__Impl"


    // $ANTLR start "rule__DeadbandOption__Group__1"
    // InternalTwin.g:5632:1: rule__DeadbandOption__Group__1 : rule__DeadbandOption__Group__1__Impl ;
    public final void rule__DeadbandOption__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:5636:1: ( rule__DeadbandOption__Group__1__Impl )
            // InternalTwin.g:5637:2: rule__DeadbandOption__Group__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__DeadbandOption__Group__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__DeadbandOption__Group__1"


    // $ANTLR start "rule__DeadbandOption__Group__1__Impl"
    // InternalTwin.g:5643:1: rule__DeadbandOption__Group__1__Impl : ( ( rule__DeadbandOption__DeadbandAssignment_1 ) ) ;
    public final void rule__DeadbandOption__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:5647:1: ( ( ( rule__DeadbandOption__DeadbandAssignment_1 ) ) )
            // InternalTwin.g:5648:1: ( ( rule__DeadbandOption__DeadbandAssignment_1 ) )
            {
            // InternalTwin.g:5648:1: ( ( rule__DeadbandOption__DeadbandAssignment_1 ) )
            // InternalTwin.g:5649:2: ( rule__DeadbandOption__DeadbandAssignment_1 )
            {
             before(grammarAccess.getDeadbandOptionAccess().getDeadbandAssignment_1()); 
            // InternalTwin.g:5650:2: ( rule__DeadbandOption__DeadbandAssignment_1 )
            // InternalTwin.g:5650:3: rule__DeadbandOption__DeadbandAssignment_1
            {
            pushFollow(FOLLOW_2);
            rule__DeadbandOption__DeadbandAssignment_1();

            state._fsp--;


            }

             after(grammarAccess.getDeadbandOptionAccess().getDeadbandAssignment_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__DeadbandOption__Group__1__Impl"


    // $ANTLR start "rule__Alignment__Group__0"
    // InternalTwin.g:5659:1: rule__Alignment__Group__0 : rule__Alignment__Group__0__Impl rule__Alignment__Group__1 ;
    public final void rule__Alignment__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:5663:1: ( rule__Alignment__Group__0__Impl rule__Alignment__Group__1 )
            // InternalTwin.g:5664:2: rule__Alignment__Group__0__Impl rule__Alignment__Group__1
            {
            pushFollow(FOLLOW_6);
            rule__Alignment__Group__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Alignment__Group__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Alignment__Group__0"


    // $ANTLR start "rule__Alignment__Group__0__Impl"
    // InternalTwin.g:5671:1: rule__Alignment__Group__0__Impl : ( 'align' ) ;
    public final void rule__Alignment__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:5675:1: ( ( 'align' ) )
            // InternalTwin.g:5676:1: ( 'align' )
            {
            // InternalTwin.g:5676:1: ( 'align' )
            // InternalTwin.g:5677:2: 'align'
            {
             before(grammarAccess.getAlignmentAccess().getAlignKeyword_0()); 
            match(input,93,FOLLOW_2); 
             after(grammarAccess.getAlignmentAccess().getAlignKeyword_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Alignment__Group__0__Impl"


    // $ANTLR start "rule__Alignment__Group__1"
    // InternalTwin.g:5686:1: rule__Alignment__Group__1 : rule__Alignment__Group__1__Impl rule__Alignment__Group__2 ;
    public final void rule__Alignment__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:5690:1: ( rule__Alignment__Group__1__Impl rule__Alignment__Group__2 )
            // InternalTwin.g:5691:2: rule__Alignment__Group__1__Impl rule__Alignment__Group__2
            {
            pushFollow(FOLLOW_49);
            rule__Alignment__Group__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Alignment__Group__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Alignment__Group__1"


    // $ANTLR start "rule__Alignment__Group__1__Impl"
    // InternalTwin.g:5698:1: rule__Alignment__Group__1__Impl : ( ( rule__Alignment__TargetsAssignment_1 ) ) ;
    public final void rule__Alignment__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:5702:1: ( ( ( rule__Alignment__TargetsAssignment_1 ) ) )
            // InternalTwin.g:5703:1: ( ( rule__Alignment__TargetsAssignment_1 ) )
            {
            // InternalTwin.g:5703:1: ( ( rule__Alignment__TargetsAssignment_1 ) )
            // InternalTwin.g:5704:2: ( rule__Alignment__TargetsAssignment_1 )
            {
             before(grammarAccess.getAlignmentAccess().getTargetsAssignment_1()); 
            // InternalTwin.g:5705:2: ( rule__Alignment__TargetsAssignment_1 )
            // InternalTwin.g:5705:3: rule__Alignment__TargetsAssignment_1
            {
            pushFollow(FOLLOW_2);
            rule__Alignment__TargetsAssignment_1();

            state._fsp--;


            }

             after(grammarAccess.getAlignmentAccess().getTargetsAssignment_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Alignment__Group__1__Impl"


    // $ANTLR start "rule__Alignment__Group__2"
    // InternalTwin.g:5713:1: rule__Alignment__Group__2 : rule__Alignment__Group__2__Impl rule__Alignment__Group__3 ;
    public final void rule__Alignment__Group__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:5717:1: ( rule__Alignment__Group__2__Impl rule__Alignment__Group__3 )
            // InternalTwin.g:5718:2: rule__Alignment__Group__2__Impl rule__Alignment__Group__3
            {
            pushFollow(FOLLOW_49);
            rule__Alignment__Group__2__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Alignment__Group__3();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Alignment__Group__2"


    // $ANTLR start "rule__Alignment__Group__2__Impl"
    // InternalTwin.g:5725:1: rule__Alignment__Group__2__Impl : ( ( rule__Alignment__Group_2__0 )* ) ;
    public final void rule__Alignment__Group__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:5729:1: ( ( ( rule__Alignment__Group_2__0 )* ) )
            // InternalTwin.g:5730:1: ( ( rule__Alignment__Group_2__0 )* )
            {
            // InternalTwin.g:5730:1: ( ( rule__Alignment__Group_2__0 )* )
            // InternalTwin.g:5731:2: ( rule__Alignment__Group_2__0 )*
            {
             before(grammarAccess.getAlignmentAccess().getGroup_2()); 
            // InternalTwin.g:5732:2: ( rule__Alignment__Group_2__0 )*
            loop47:
            do {
                int alt47=2;
                int LA47_0 = input.LA(1);

                if ( (LA47_0==61) ) {
                    alt47=1;
                }


                switch (alt47) {
            	case 1 :
            	    // InternalTwin.g:5732:3: rule__Alignment__Group_2__0
            	    {
            	    pushFollow(FOLLOW_50);
            	    rule__Alignment__Group_2__0();

            	    state._fsp--;


            	    }
            	    break;

            	default :
            	    break loop47;
                }
            } while (true);

             after(grammarAccess.getAlignmentAccess().getGroup_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Alignment__Group__2__Impl"


    // $ANTLR start "rule__Alignment__Group__3"
    // InternalTwin.g:5740:1: rule__Alignment__Group__3 : rule__Alignment__Group__3__Impl rule__Alignment__Group__4 ;
    public final void rule__Alignment__Group__3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:5744:1: ( rule__Alignment__Group__3__Impl rule__Alignment__Group__4 )
            // InternalTwin.g:5745:2: rule__Alignment__Group__3__Impl rule__Alignment__Group__4
            {
            pushFollow(FOLLOW_11);
            rule__Alignment__Group__3__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Alignment__Group__4();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Alignment__Group__3"


    // $ANTLR start "rule__Alignment__Group__3__Impl"
    // InternalTwin.g:5752:1: rule__Alignment__Group__3__Impl : ( 'every' ) ;
    public final void rule__Alignment__Group__3__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:5756:1: ( ( 'every' ) )
            // InternalTwin.g:5757:1: ( 'every' )
            {
            // InternalTwin.g:5757:1: ( 'every' )
            // InternalTwin.g:5758:2: 'every'
            {
             before(grammarAccess.getAlignmentAccess().getEveryKeyword_3()); 
            match(input,94,FOLLOW_2); 
             after(grammarAccess.getAlignmentAccess().getEveryKeyword_3()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Alignment__Group__3__Impl"


    // $ANTLR start "rule__Alignment__Group__4"
    // InternalTwin.g:5767:1: rule__Alignment__Group__4 : rule__Alignment__Group__4__Impl rule__Alignment__Group__5 ;
    public final void rule__Alignment__Group__4() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:5771:1: ( rule__Alignment__Group__4__Impl rule__Alignment__Group__5 )
            // InternalTwin.g:5772:2: rule__Alignment__Group__4__Impl rule__Alignment__Group__5
            {
            pushFollow(FOLLOW_51);
            rule__Alignment__Group__4__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Alignment__Group__5();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Alignment__Group__4"


    // $ANTLR start "rule__Alignment__Group__4__Impl"
    // InternalTwin.g:5779:1: rule__Alignment__Group__4__Impl : ( ( rule__Alignment__PeriodAssignment_4 ) ) ;
    public final void rule__Alignment__Group__4__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:5783:1: ( ( ( rule__Alignment__PeriodAssignment_4 ) ) )
            // InternalTwin.g:5784:1: ( ( rule__Alignment__PeriodAssignment_4 ) )
            {
            // InternalTwin.g:5784:1: ( ( rule__Alignment__PeriodAssignment_4 ) )
            // InternalTwin.g:5785:2: ( rule__Alignment__PeriodAssignment_4 )
            {
             before(grammarAccess.getAlignmentAccess().getPeriodAssignment_4()); 
            // InternalTwin.g:5786:2: ( rule__Alignment__PeriodAssignment_4 )
            // InternalTwin.g:5786:3: rule__Alignment__PeriodAssignment_4
            {
            pushFollow(FOLLOW_2);
            rule__Alignment__PeriodAssignment_4();

            state._fsp--;


            }

             after(grammarAccess.getAlignmentAccess().getPeriodAssignment_4()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Alignment__Group__4__Impl"


    // $ANTLR start "rule__Alignment__Group__5"
    // InternalTwin.g:5794:1: rule__Alignment__Group__5 : rule__Alignment__Group__5__Impl rule__Alignment__Group__6 ;
    public final void rule__Alignment__Group__5() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:5798:1: ( rule__Alignment__Group__5__Impl rule__Alignment__Group__6 )
            // InternalTwin.g:5799:2: rule__Alignment__Group__5__Impl rule__Alignment__Group__6
            {
            pushFollow(FOLLOW_52);
            rule__Alignment__Group__5__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Alignment__Group__6();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Alignment__Group__5"


    // $ANTLR start "rule__Alignment__Group__5__Impl"
    // InternalTwin.g:5806:1: rule__Alignment__Group__5__Impl : ( 'using' ) ;
    public final void rule__Alignment__Group__5__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:5810:1: ( ( 'using' ) )
            // InternalTwin.g:5811:1: ( 'using' )
            {
            // InternalTwin.g:5811:1: ( 'using' )
            // InternalTwin.g:5812:2: 'using'
            {
             before(grammarAccess.getAlignmentAccess().getUsingKeyword_5()); 
            match(input,95,FOLLOW_2); 
             after(grammarAccess.getAlignmentAccess().getUsingKeyword_5()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Alignment__Group__5__Impl"


    // $ANTLR start "rule__Alignment__Group__6"
    // InternalTwin.g:5821:1: rule__Alignment__Group__6 : rule__Alignment__Group__6__Impl rule__Alignment__Group__7 ;
    public final void rule__Alignment__Group__6() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:5825:1: ( rule__Alignment__Group__6__Impl rule__Alignment__Group__7 )
            // InternalTwin.g:5826:2: rule__Alignment__Group__6__Impl rule__Alignment__Group__7
            {
            pushFollow(FOLLOW_53);
            rule__Alignment__Group__6__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Alignment__Group__7();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Alignment__Group__6"


    // $ANTLR start "rule__Alignment__Group__6__Impl"
    // InternalTwin.g:5833:1: rule__Alignment__Group__6__Impl : ( ( rule__Alignment__MethodAssignment_6 ) ) ;
    public final void rule__Alignment__Group__6__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:5837:1: ( ( ( rule__Alignment__MethodAssignment_6 ) ) )
            // InternalTwin.g:5838:1: ( ( rule__Alignment__MethodAssignment_6 ) )
            {
            // InternalTwin.g:5838:1: ( ( rule__Alignment__MethodAssignment_6 ) )
            // InternalTwin.g:5839:2: ( rule__Alignment__MethodAssignment_6 )
            {
             before(grammarAccess.getAlignmentAccess().getMethodAssignment_6()); 
            // InternalTwin.g:5840:2: ( rule__Alignment__MethodAssignment_6 )
            // InternalTwin.g:5840:3: rule__Alignment__MethodAssignment_6
            {
            pushFollow(FOLLOW_2);
            rule__Alignment__MethodAssignment_6();

            state._fsp--;


            }

             after(grammarAccess.getAlignmentAccess().getMethodAssignment_6()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Alignment__Group__6__Impl"


    // $ANTLR start "rule__Alignment__Group__7"
    // InternalTwin.g:5848:1: rule__Alignment__Group__7 : rule__Alignment__Group__7__Impl ;
    public final void rule__Alignment__Group__7() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:5852:1: ( rule__Alignment__Group__7__Impl )
            // InternalTwin.g:5853:2: rule__Alignment__Group__7__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Alignment__Group__7__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Alignment__Group__7"


    // $ANTLR start "rule__Alignment__Group__7__Impl"
    // InternalTwin.g:5859:1: rule__Alignment__Group__7__Impl : ( ( rule__Alignment__Group_7__0 )? ) ;
    public final void rule__Alignment__Group__7__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:5863:1: ( ( ( rule__Alignment__Group_7__0 )? ) )
            // InternalTwin.g:5864:1: ( ( rule__Alignment__Group_7__0 )? )
            {
            // InternalTwin.g:5864:1: ( ( rule__Alignment__Group_7__0 )? )
            // InternalTwin.g:5865:2: ( rule__Alignment__Group_7__0 )?
            {
             before(grammarAccess.getAlignmentAccess().getGroup_7()); 
            // InternalTwin.g:5866:2: ( rule__Alignment__Group_7__0 )?
            int alt48=2;
            int LA48_0 = input.LA(1);

            if ( (LA48_0==61) ) {
                alt48=1;
            }
            switch (alt48) {
                case 1 :
                    // InternalTwin.g:5866:3: rule__Alignment__Group_7__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__Alignment__Group_7__0();

                    state._fsp--;


                    }
                    break;

            }

             after(grammarAccess.getAlignmentAccess().getGroup_7()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Alignment__Group__7__Impl"


    // $ANTLR start "rule__Alignment__Group_2__0"
    // InternalTwin.g:5875:1: rule__Alignment__Group_2__0 : rule__Alignment__Group_2__0__Impl rule__Alignment__Group_2__1 ;
    public final void rule__Alignment__Group_2__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:5879:1: ( rule__Alignment__Group_2__0__Impl rule__Alignment__Group_2__1 )
            // InternalTwin.g:5880:2: rule__Alignment__Group_2__0__Impl rule__Alignment__Group_2__1
            {
            pushFollow(FOLLOW_6);
            rule__Alignment__Group_2__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Alignment__Group_2__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Alignment__Group_2__0"


    // $ANTLR start "rule__Alignment__Group_2__0__Impl"
    // InternalTwin.g:5887:1: rule__Alignment__Group_2__0__Impl : ( ',' ) ;
    public final void rule__Alignment__Group_2__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:5891:1: ( ( ',' ) )
            // InternalTwin.g:5892:1: ( ',' )
            {
            // InternalTwin.g:5892:1: ( ',' )
            // InternalTwin.g:5893:2: ','
            {
             before(grammarAccess.getAlignmentAccess().getCommaKeyword_2_0()); 
            match(input,61,FOLLOW_2); 
             after(grammarAccess.getAlignmentAccess().getCommaKeyword_2_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Alignment__Group_2__0__Impl"


    // $ANTLR start "rule__Alignment__Group_2__1"
    // InternalTwin.g:5902:1: rule__Alignment__Group_2__1 : rule__Alignment__Group_2__1__Impl ;
    public final void rule__Alignment__Group_2__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:5906:1: ( rule__Alignment__Group_2__1__Impl )
            // InternalTwin.g:5907:2: rule__Alignment__Group_2__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Alignment__Group_2__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Alignment__Group_2__1"


    // $ANTLR start "rule__Alignment__Group_2__1__Impl"
    // InternalTwin.g:5913:1: rule__Alignment__Group_2__1__Impl : ( ( rule__Alignment__TargetsAssignment_2_1 ) ) ;
    public final void rule__Alignment__Group_2__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:5917:1: ( ( ( rule__Alignment__TargetsAssignment_2_1 ) ) )
            // InternalTwin.g:5918:1: ( ( rule__Alignment__TargetsAssignment_2_1 ) )
            {
            // InternalTwin.g:5918:1: ( ( rule__Alignment__TargetsAssignment_2_1 ) )
            // InternalTwin.g:5919:2: ( rule__Alignment__TargetsAssignment_2_1 )
            {
             before(grammarAccess.getAlignmentAccess().getTargetsAssignment_2_1()); 
            // InternalTwin.g:5920:2: ( rule__Alignment__TargetsAssignment_2_1 )
            // InternalTwin.g:5920:3: rule__Alignment__TargetsAssignment_2_1
            {
            pushFollow(FOLLOW_2);
            rule__Alignment__TargetsAssignment_2_1();

            state._fsp--;


            }

             after(grammarAccess.getAlignmentAccess().getTargetsAssignment_2_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Alignment__Group_2__1__Impl"


    // $ANTLR start "rule__Alignment__Group_7__0"
    // InternalTwin.g:5929:1: rule__Alignment__Group_7__0 : rule__Alignment__Group_7__0__Impl rule__Alignment__Group_7__1 ;
    public final void rule__Alignment__Group_7__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:5933:1: ( rule__Alignment__Group_7__0__Impl rule__Alignment__Group_7__1 )
            // InternalTwin.g:5934:2: rule__Alignment__Group_7__0__Impl rule__Alignment__Group_7__1
            {
            pushFollow(FOLLOW_54);
            rule__Alignment__Group_7__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Alignment__Group_7__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Alignment__Group_7__0"


    // $ANTLR start "rule__Alignment__Group_7__0__Impl"
    // InternalTwin.g:5941:1: rule__Alignment__Group_7__0__Impl : ( ',' ) ;
    public final void rule__Alignment__Group_7__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:5945:1: ( ( ',' ) )
            // InternalTwin.g:5946:1: ( ',' )
            {
            // InternalTwin.g:5946:1: ( ',' )
            // InternalTwin.g:5947:2: ','
            {
             before(grammarAccess.getAlignmentAccess().getCommaKeyword_7_0()); 
            match(input,61,FOLLOW_2); 
             after(grammarAccess.getAlignmentAccess().getCommaKeyword_7_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Alignment__Group_7__0__Impl"


    // $ANTLR start "rule__Alignment__Group_7__1"
    // InternalTwin.g:5956:1: rule__Alignment__Group_7__1 : rule__Alignment__Group_7__1__Impl rule__Alignment__Group_7__2 ;
    public final void rule__Alignment__Group_7__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:5960:1: ( rule__Alignment__Group_7__1__Impl rule__Alignment__Group_7__2 )
            // InternalTwin.g:5961:2: rule__Alignment__Group_7__1__Impl rule__Alignment__Group_7__2
            {
            pushFollow(FOLLOW_55);
            rule__Alignment__Group_7__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Alignment__Group_7__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Alignment__Group_7__1"


    // $ANTLR start "rule__Alignment__Group_7__1__Impl"
    // InternalTwin.g:5968:1: rule__Alignment__Group_7__1__Impl : ( 'stale' ) ;
    public final void rule__Alignment__Group_7__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:5972:1: ( ( 'stale' ) )
            // InternalTwin.g:5973:1: ( 'stale' )
            {
            // InternalTwin.g:5973:1: ( 'stale' )
            // InternalTwin.g:5974:2: 'stale'
            {
             before(grammarAccess.getAlignmentAccess().getStaleKeyword_7_1()); 
            match(input,96,FOLLOW_2); 
             after(grammarAccess.getAlignmentAccess().getStaleKeyword_7_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Alignment__Group_7__1__Impl"


    // $ANTLR start "rule__Alignment__Group_7__2"
    // InternalTwin.g:5983:1: rule__Alignment__Group_7__2 : rule__Alignment__Group_7__2__Impl rule__Alignment__Group_7__3 ;
    public final void rule__Alignment__Group_7__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:5987:1: ( rule__Alignment__Group_7__2__Impl rule__Alignment__Group_7__3 )
            // InternalTwin.g:5988:2: rule__Alignment__Group_7__2__Impl rule__Alignment__Group_7__3
            {
            pushFollow(FOLLOW_11);
            rule__Alignment__Group_7__2__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Alignment__Group_7__3();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Alignment__Group_7__2"


    // $ANTLR start "rule__Alignment__Group_7__2__Impl"
    // InternalTwin.g:5995:1: rule__Alignment__Group_7__2__Impl : ( 'after' ) ;
    public final void rule__Alignment__Group_7__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:5999:1: ( ( 'after' ) )
            // InternalTwin.g:6000:1: ( 'after' )
            {
            // InternalTwin.g:6000:1: ( 'after' )
            // InternalTwin.g:6001:2: 'after'
            {
             before(grammarAccess.getAlignmentAccess().getAfterKeyword_7_2()); 
            match(input,97,FOLLOW_2); 
             after(grammarAccess.getAlignmentAccess().getAfterKeyword_7_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Alignment__Group_7__2__Impl"


    // $ANTLR start "rule__Alignment__Group_7__3"
    // InternalTwin.g:6010:1: rule__Alignment__Group_7__3 : rule__Alignment__Group_7__3__Impl ;
    public final void rule__Alignment__Group_7__3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:6014:1: ( rule__Alignment__Group_7__3__Impl )
            // InternalTwin.g:6015:2: rule__Alignment__Group_7__3__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Alignment__Group_7__3__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Alignment__Group_7__3"


    // $ANTLR start "rule__Alignment__Group_7__3__Impl"
    // InternalTwin.g:6021:1: rule__Alignment__Group_7__3__Impl : ( ( rule__Alignment__StaleAfterAssignment_7_3 ) ) ;
    public final void rule__Alignment__Group_7__3__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:6025:1: ( ( ( rule__Alignment__StaleAfterAssignment_7_3 ) ) )
            // InternalTwin.g:6026:1: ( ( rule__Alignment__StaleAfterAssignment_7_3 ) )
            {
            // InternalTwin.g:6026:1: ( ( rule__Alignment__StaleAfterAssignment_7_3 ) )
            // InternalTwin.g:6027:2: ( rule__Alignment__StaleAfterAssignment_7_3 )
            {
             before(grammarAccess.getAlignmentAccess().getStaleAfterAssignment_7_3()); 
            // InternalTwin.g:6028:2: ( rule__Alignment__StaleAfterAssignment_7_3 )
            // InternalTwin.g:6028:3: rule__Alignment__StaleAfterAssignment_7_3
            {
            pushFollow(FOLLOW_2);
            rule__Alignment__StaleAfterAssignment_7_3();

            state._fsp--;


            }

             after(grammarAccess.getAlignmentAccess().getStaleAfterAssignment_7_3()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Alignment__Group_7__3__Impl"


    // $ANTLR start "rule__AlignTarget__Group_0__0"
    // InternalTwin.g:6037:1: rule__AlignTarget__Group_0__0 : rule__AlignTarget__Group_0__0__Impl rule__AlignTarget__Group_0__1 ;
    public final void rule__AlignTarget__Group_0__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:6041:1: ( rule__AlignTarget__Group_0__0__Impl rule__AlignTarget__Group_0__1 )
            // InternalTwin.g:6042:2: rule__AlignTarget__Group_0__0__Impl rule__AlignTarget__Group_0__1
            {
            pushFollow(FOLLOW_6);
            rule__AlignTarget__Group_0__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__AlignTarget__Group_0__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__AlignTarget__Group_0__0"


    // $ANTLR start "rule__AlignTarget__Group_0__0__Impl"
    // InternalTwin.g:6049:1: rule__AlignTarget__Group_0__0__Impl : ( () ) ;
    public final void rule__AlignTarget__Group_0__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:6053:1: ( ( () ) )
            // InternalTwin.g:6054:1: ( () )
            {
            // InternalTwin.g:6054:1: ( () )
            // InternalTwin.g:6055:2: ()
            {
             before(grammarAccess.getAlignTargetAccess().getEquipmentPatternAction_0_0()); 
            // InternalTwin.g:6056:2: ()
            // InternalTwin.g:6056:3: 
            {
            }

             after(grammarAccess.getAlignTargetAccess().getEquipmentPatternAction_0_0()); 

            }


            }

        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__AlignTarget__Group_0__0__Impl"


    // $ANTLR start "rule__AlignTarget__Group_0__1"
    // InternalTwin.g:6064:1: rule__AlignTarget__Group_0__1 : rule__AlignTarget__Group_0__1__Impl rule__AlignTarget__Group_0__2 ;
    public final void rule__AlignTarget__Group_0__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:6068:1: ( rule__AlignTarget__Group_0__1__Impl rule__AlignTarget__Group_0__2 )
            // InternalTwin.g:6069:2: rule__AlignTarget__Group_0__1__Impl rule__AlignTarget__Group_0__2
            {
            pushFollow(FOLLOW_56);
            rule__AlignTarget__Group_0__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__AlignTarget__Group_0__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__AlignTarget__Group_0__1"


    // $ANTLR start "rule__AlignTarget__Group_0__1__Impl"
    // InternalTwin.g:6076:1: rule__AlignTarget__Group_0__1__Impl : ( ( rule__AlignTarget__EquipmentAssignment_0_1 ) ) ;
    public final void rule__AlignTarget__Group_0__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:6080:1: ( ( ( rule__AlignTarget__EquipmentAssignment_0_1 ) ) )
            // InternalTwin.g:6081:1: ( ( rule__AlignTarget__EquipmentAssignment_0_1 ) )
            {
            // InternalTwin.g:6081:1: ( ( rule__AlignTarget__EquipmentAssignment_0_1 ) )
            // InternalTwin.g:6082:2: ( rule__AlignTarget__EquipmentAssignment_0_1 )
            {
             before(grammarAccess.getAlignTargetAccess().getEquipmentAssignment_0_1()); 
            // InternalTwin.g:6083:2: ( rule__AlignTarget__EquipmentAssignment_0_1 )
            // InternalTwin.g:6083:3: rule__AlignTarget__EquipmentAssignment_0_1
            {
            pushFollow(FOLLOW_2);
            rule__AlignTarget__EquipmentAssignment_0_1();

            state._fsp--;


            }

             after(grammarAccess.getAlignTargetAccess().getEquipmentAssignment_0_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__AlignTarget__Group_0__1__Impl"


    // $ANTLR start "rule__AlignTarget__Group_0__2"
    // InternalTwin.g:6091:1: rule__AlignTarget__Group_0__2 : rule__AlignTarget__Group_0__2__Impl rule__AlignTarget__Group_0__3 ;
    public final void rule__AlignTarget__Group_0__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:6095:1: ( rule__AlignTarget__Group_0__2__Impl rule__AlignTarget__Group_0__3 )
            // InternalTwin.g:6096:2: rule__AlignTarget__Group_0__2__Impl rule__AlignTarget__Group_0__3
            {
            pushFollow(FOLLOW_57);
            rule__AlignTarget__Group_0__2__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__AlignTarget__Group_0__3();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__AlignTarget__Group_0__2"


    // $ANTLR start "rule__AlignTarget__Group_0__2__Impl"
    // InternalTwin.g:6103:1: rule__AlignTarget__Group_0__2__Impl : ( '.' ) ;
    public final void rule__AlignTarget__Group_0__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:6107:1: ( ( '.' ) )
            // InternalTwin.g:6108:1: ( '.' )
            {
            // InternalTwin.g:6108:1: ( '.' )
            // InternalTwin.g:6109:2: '.'
            {
             before(grammarAccess.getAlignTargetAccess().getFullStopKeyword_0_2()); 
            match(input,98,FOLLOW_2); 
             after(grammarAccess.getAlignTargetAccess().getFullStopKeyword_0_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__AlignTarget__Group_0__2__Impl"


    // $ANTLR start "rule__AlignTarget__Group_0__3"
    // InternalTwin.g:6118:1: rule__AlignTarget__Group_0__3 : rule__AlignTarget__Group_0__3__Impl ;
    public final void rule__AlignTarget__Group_0__3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:6122:1: ( rule__AlignTarget__Group_0__3__Impl )
            // InternalTwin.g:6123:2: rule__AlignTarget__Group_0__3__Impl
            {
            pushFollow(FOLLOW_2);
            rule__AlignTarget__Group_0__3__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__AlignTarget__Group_0__3"


    // $ANTLR start "rule__AlignTarget__Group_0__3__Impl"
    // InternalTwin.g:6129:1: rule__AlignTarget__Group_0__3__Impl : ( '*' ) ;
    public final void rule__AlignTarget__Group_0__3__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:6133:1: ( ( '*' ) )
            // InternalTwin.g:6134:1: ( '*' )
            {
            // InternalTwin.g:6134:1: ( '*' )
            // InternalTwin.g:6135:2: '*'
            {
             before(grammarAccess.getAlignTargetAccess().getAsteriskKeyword_0_3()); 
            match(input,99,FOLLOW_2); 
             after(grammarAccess.getAlignTargetAccess().getAsteriskKeyword_0_3()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__AlignTarget__Group_0__3__Impl"


    // $ANTLR start "rule__AlignTarget__Group_1__0"
    // InternalTwin.g:6145:1: rule__AlignTarget__Group_1__0 : rule__AlignTarget__Group_1__0__Impl rule__AlignTarget__Group_1__1 ;
    public final void rule__AlignTarget__Group_1__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:6149:1: ( rule__AlignTarget__Group_1__0__Impl rule__AlignTarget__Group_1__1 )
            // InternalTwin.g:6150:2: rule__AlignTarget__Group_1__0__Impl rule__AlignTarget__Group_1__1
            {
            pushFollow(FOLLOW_6);
            rule__AlignTarget__Group_1__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__AlignTarget__Group_1__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__AlignTarget__Group_1__0"


    // $ANTLR start "rule__AlignTarget__Group_1__0__Impl"
    // InternalTwin.g:6157:1: rule__AlignTarget__Group_1__0__Impl : ( () ) ;
    public final void rule__AlignTarget__Group_1__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:6161:1: ( ( () ) )
            // InternalTwin.g:6162:1: ( () )
            {
            // InternalTwin.g:6162:1: ( () )
            // InternalTwin.g:6163:2: ()
            {
             before(grammarAccess.getAlignTargetAccess().getSignalTargetAction_1_0()); 
            // InternalTwin.g:6164:2: ()
            // InternalTwin.g:6164:3: 
            {
            }

             after(grammarAccess.getAlignTargetAccess().getSignalTargetAction_1_0()); 

            }


            }

        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__AlignTarget__Group_1__0__Impl"


    // $ANTLR start "rule__AlignTarget__Group_1__1"
    // InternalTwin.g:6172:1: rule__AlignTarget__Group_1__1 : rule__AlignTarget__Group_1__1__Impl ;
    public final void rule__AlignTarget__Group_1__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:6176:1: ( rule__AlignTarget__Group_1__1__Impl )
            // InternalTwin.g:6177:2: rule__AlignTarget__Group_1__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__AlignTarget__Group_1__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__AlignTarget__Group_1__1"


    // $ANTLR start "rule__AlignTarget__Group_1__1__Impl"
    // InternalTwin.g:6183:1: rule__AlignTarget__Group_1__1__Impl : ( ( rule__AlignTarget__SignalAssignment_1_1 ) ) ;
    public final void rule__AlignTarget__Group_1__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:6187:1: ( ( ( rule__AlignTarget__SignalAssignment_1_1 ) ) )
            // InternalTwin.g:6188:1: ( ( rule__AlignTarget__SignalAssignment_1_1 ) )
            {
            // InternalTwin.g:6188:1: ( ( rule__AlignTarget__SignalAssignment_1_1 ) )
            // InternalTwin.g:6189:2: ( rule__AlignTarget__SignalAssignment_1_1 )
            {
             before(grammarAccess.getAlignTargetAccess().getSignalAssignment_1_1()); 
            // InternalTwin.g:6190:2: ( rule__AlignTarget__SignalAssignment_1_1 )
            // InternalTwin.g:6190:3: rule__AlignTarget__SignalAssignment_1_1
            {
            pushFollow(FOLLOW_2);
            rule__AlignTarget__SignalAssignment_1_1();

            state._fsp--;


            }

             after(grammarAccess.getAlignTargetAccess().getSignalAssignment_1_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__AlignTarget__Group_1__1__Impl"


    // $ANTLR start "rule__Alarm__Group__0"
    // InternalTwin.g:6199:1: rule__Alarm__Group__0 : rule__Alarm__Group__0__Impl rule__Alarm__Group__1 ;
    public final void rule__Alarm__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:6203:1: ( rule__Alarm__Group__0__Impl rule__Alarm__Group__1 )
            // InternalTwin.g:6204:2: rule__Alarm__Group__0__Impl rule__Alarm__Group__1
            {
            pushFollow(FOLLOW_6);
            rule__Alarm__Group__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Alarm__Group__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Alarm__Group__0"


    // $ANTLR start "rule__Alarm__Group__0__Impl"
    // InternalTwin.g:6211:1: rule__Alarm__Group__0__Impl : ( 'alarm' ) ;
    public final void rule__Alarm__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:6215:1: ( ( 'alarm' ) )
            // InternalTwin.g:6216:1: ( 'alarm' )
            {
            // InternalTwin.g:6216:1: ( 'alarm' )
            // InternalTwin.g:6217:2: 'alarm'
            {
             before(grammarAccess.getAlarmAccess().getAlarmKeyword_0()); 
            match(input,100,FOLLOW_2); 
             after(grammarAccess.getAlarmAccess().getAlarmKeyword_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Alarm__Group__0__Impl"


    // $ANTLR start "rule__Alarm__Group__1"
    // InternalTwin.g:6226:1: rule__Alarm__Group__1 : rule__Alarm__Group__1__Impl rule__Alarm__Group__2 ;
    public final void rule__Alarm__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:6230:1: ( rule__Alarm__Group__1__Impl rule__Alarm__Group__2 )
            // InternalTwin.g:6231:2: rule__Alarm__Group__1__Impl rule__Alarm__Group__2
            {
            pushFollow(FOLLOW_40);
            rule__Alarm__Group__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Alarm__Group__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Alarm__Group__1"


    // $ANTLR start "rule__Alarm__Group__1__Impl"
    // InternalTwin.g:6238:1: rule__Alarm__Group__1__Impl : ( ( rule__Alarm__NameAssignment_1 ) ) ;
    public final void rule__Alarm__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:6242:1: ( ( ( rule__Alarm__NameAssignment_1 ) ) )
            // InternalTwin.g:6243:1: ( ( rule__Alarm__NameAssignment_1 ) )
            {
            // InternalTwin.g:6243:1: ( ( rule__Alarm__NameAssignment_1 ) )
            // InternalTwin.g:6244:2: ( rule__Alarm__NameAssignment_1 )
            {
             before(grammarAccess.getAlarmAccess().getNameAssignment_1()); 
            // InternalTwin.g:6245:2: ( rule__Alarm__NameAssignment_1 )
            // InternalTwin.g:6245:3: rule__Alarm__NameAssignment_1
            {
            pushFollow(FOLLOW_2);
            rule__Alarm__NameAssignment_1();

            state._fsp--;


            }

             after(grammarAccess.getAlarmAccess().getNameAssignment_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Alarm__Group__1__Impl"


    // $ANTLR start "rule__Alarm__Group__2"
    // InternalTwin.g:6253:1: rule__Alarm__Group__2 : rule__Alarm__Group__2__Impl rule__Alarm__Group__3 ;
    public final void rule__Alarm__Group__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:6257:1: ( rule__Alarm__Group__2__Impl rule__Alarm__Group__3 )
            // InternalTwin.g:6258:2: rule__Alarm__Group__2__Impl rule__Alarm__Group__3
            {
            pushFollow(FOLLOW_6);
            rule__Alarm__Group__2__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Alarm__Group__3();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Alarm__Group__2"


    // $ANTLR start "rule__Alarm__Group__2__Impl"
    // InternalTwin.g:6265:1: rule__Alarm__Group__2__Impl : ( ':' ) ;
    public final void rule__Alarm__Group__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:6269:1: ( ( ':' ) )
            // InternalTwin.g:6270:1: ( ':' )
            {
            // InternalTwin.g:6270:1: ( ':' )
            // InternalTwin.g:6271:2: ':'
            {
             before(grammarAccess.getAlarmAccess().getColonKeyword_2()); 
            match(input,82,FOLLOW_2); 
             after(grammarAccess.getAlarmAccess().getColonKeyword_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Alarm__Group__2__Impl"


    // $ANTLR start "rule__Alarm__Group__3"
    // InternalTwin.g:6280:1: rule__Alarm__Group__3 : rule__Alarm__Group__3__Impl rule__Alarm__Group__4 ;
    public final void rule__Alarm__Group__3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:6284:1: ( rule__Alarm__Group__3__Impl rule__Alarm__Group__4 )
            // InternalTwin.g:6285:2: rule__Alarm__Group__3__Impl rule__Alarm__Group__4
            {
            pushFollow(FOLLOW_58);
            rule__Alarm__Group__3__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Alarm__Group__4();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Alarm__Group__3"


    // $ANTLR start "rule__Alarm__Group__3__Impl"
    // InternalTwin.g:6292:1: rule__Alarm__Group__3__Impl : ( ( rule__Alarm__SignalAssignment_3 ) ) ;
    public final void rule__Alarm__Group__3__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:6296:1: ( ( ( rule__Alarm__SignalAssignment_3 ) ) )
            // InternalTwin.g:6297:1: ( ( rule__Alarm__SignalAssignment_3 ) )
            {
            // InternalTwin.g:6297:1: ( ( rule__Alarm__SignalAssignment_3 ) )
            // InternalTwin.g:6298:2: ( rule__Alarm__SignalAssignment_3 )
            {
             before(grammarAccess.getAlarmAccess().getSignalAssignment_3()); 
            // InternalTwin.g:6299:2: ( rule__Alarm__SignalAssignment_3 )
            // InternalTwin.g:6299:3: rule__Alarm__SignalAssignment_3
            {
            pushFollow(FOLLOW_2);
            rule__Alarm__SignalAssignment_3();

            state._fsp--;


            }

             after(grammarAccess.getAlarmAccess().getSignalAssignment_3()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Alarm__Group__3__Impl"


    // $ANTLR start "rule__Alarm__Group__4"
    // InternalTwin.g:6307:1: rule__Alarm__Group__4 : rule__Alarm__Group__4__Impl rule__Alarm__Group__5 ;
    public final void rule__Alarm__Group__4() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:6311:1: ( rule__Alarm__Group__4__Impl rule__Alarm__Group__5 )
            // InternalTwin.g:6312:2: rule__Alarm__Group__4__Impl rule__Alarm__Group__5
            {
            pushFollow(FOLLOW_46);
            rule__Alarm__Group__4__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Alarm__Group__5();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Alarm__Group__4"


    // $ANTLR start "rule__Alarm__Group__4__Impl"
    // InternalTwin.g:6319:1: rule__Alarm__Group__4__Impl : ( ( rule__Alarm__ComparisonAssignment_4 ) ) ;
    public final void rule__Alarm__Group__4__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:6323:1: ( ( ( rule__Alarm__ComparisonAssignment_4 ) ) )
            // InternalTwin.g:6324:1: ( ( rule__Alarm__ComparisonAssignment_4 ) )
            {
            // InternalTwin.g:6324:1: ( ( rule__Alarm__ComparisonAssignment_4 ) )
            // InternalTwin.g:6325:2: ( rule__Alarm__ComparisonAssignment_4 )
            {
             before(grammarAccess.getAlarmAccess().getComparisonAssignment_4()); 
            // InternalTwin.g:6326:2: ( rule__Alarm__ComparisonAssignment_4 )
            // InternalTwin.g:6326:3: rule__Alarm__ComparisonAssignment_4
            {
            pushFollow(FOLLOW_2);
            rule__Alarm__ComparisonAssignment_4();

            state._fsp--;


            }

             after(grammarAccess.getAlarmAccess().getComparisonAssignment_4()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Alarm__Group__4__Impl"


    // $ANTLR start "rule__Alarm__Group__5"
    // InternalTwin.g:6334:1: rule__Alarm__Group__5 : rule__Alarm__Group__5__Impl rule__Alarm__Group__6 ;
    public final void rule__Alarm__Group__5() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:6338:1: ( rule__Alarm__Group__5__Impl rule__Alarm__Group__6 )
            // InternalTwin.g:6339:2: rule__Alarm__Group__5__Impl rule__Alarm__Group__6
            {
            pushFollow(FOLLOW_59);
            rule__Alarm__Group__5__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Alarm__Group__6();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Alarm__Group__5"


    // $ANTLR start "rule__Alarm__Group__5__Impl"
    // InternalTwin.g:6346:1: rule__Alarm__Group__5__Impl : ( ( rule__Alarm__ThresholdAssignment_5 ) ) ;
    public final void rule__Alarm__Group__5__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:6350:1: ( ( ( rule__Alarm__ThresholdAssignment_5 ) ) )
            // InternalTwin.g:6351:1: ( ( rule__Alarm__ThresholdAssignment_5 ) )
            {
            // InternalTwin.g:6351:1: ( ( rule__Alarm__ThresholdAssignment_5 ) )
            // InternalTwin.g:6352:2: ( rule__Alarm__ThresholdAssignment_5 )
            {
             before(grammarAccess.getAlarmAccess().getThresholdAssignment_5()); 
            // InternalTwin.g:6353:2: ( rule__Alarm__ThresholdAssignment_5 )
            // InternalTwin.g:6353:3: rule__Alarm__ThresholdAssignment_5
            {
            pushFollow(FOLLOW_2);
            rule__Alarm__ThresholdAssignment_5();

            state._fsp--;


            }

             after(grammarAccess.getAlarmAccess().getThresholdAssignment_5()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Alarm__Group__5__Impl"


    // $ANTLR start "rule__Alarm__Group__6"
    // InternalTwin.g:6361:1: rule__Alarm__Group__6 : rule__Alarm__Group__6__Impl ;
    public final void rule__Alarm__Group__6() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:6365:1: ( rule__Alarm__Group__6__Impl )
            // InternalTwin.g:6366:2: rule__Alarm__Group__6__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Alarm__Group__6__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Alarm__Group__6"


    // $ANTLR start "rule__Alarm__Group__6__Impl"
    // InternalTwin.g:6372:1: rule__Alarm__Group__6__Impl : ( ( rule__Alarm__Group_6__0 )* ) ;
    public final void rule__Alarm__Group__6__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:6376:1: ( ( ( rule__Alarm__Group_6__0 )* ) )
            // InternalTwin.g:6377:1: ( ( rule__Alarm__Group_6__0 )* )
            {
            // InternalTwin.g:6377:1: ( ( rule__Alarm__Group_6__0 )* )
            // InternalTwin.g:6378:2: ( rule__Alarm__Group_6__0 )*
            {
             before(grammarAccess.getAlarmAccess().getGroup_6()); 
            // InternalTwin.g:6379:2: ( rule__Alarm__Group_6__0 )*
            loop49:
            do {
                int alt49=2;
                int LA49_0 = input.LA(1);

                if ( (LA49_0==61||(LA49_0>=101 && LA49_0<=103)) ) {
                    alt49=1;
                }


                switch (alt49) {
            	case 1 :
            	    // InternalTwin.g:6379:3: rule__Alarm__Group_6__0
            	    {
            	    pushFollow(FOLLOW_60);
            	    rule__Alarm__Group_6__0();

            	    state._fsp--;


            	    }
            	    break;

            	default :
            	    break loop49;
                }
            } while (true);

             after(grammarAccess.getAlarmAccess().getGroup_6()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Alarm__Group__6__Impl"


    // $ANTLR start "rule__Alarm__Group_6__0"
    // InternalTwin.g:6388:1: rule__Alarm__Group_6__0 : rule__Alarm__Group_6__0__Impl rule__Alarm__Group_6__1 ;
    public final void rule__Alarm__Group_6__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:6392:1: ( rule__Alarm__Group_6__0__Impl rule__Alarm__Group_6__1 )
            // InternalTwin.g:6393:2: rule__Alarm__Group_6__0__Impl rule__Alarm__Group_6__1
            {
            pushFollow(FOLLOW_59);
            rule__Alarm__Group_6__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Alarm__Group_6__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Alarm__Group_6__0"


    // $ANTLR start "rule__Alarm__Group_6__0__Impl"
    // InternalTwin.g:6400:1: rule__Alarm__Group_6__0__Impl : ( ( ',' )? ) ;
    public final void rule__Alarm__Group_6__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:6404:1: ( ( ( ',' )? ) )
            // InternalTwin.g:6405:1: ( ( ',' )? )
            {
            // InternalTwin.g:6405:1: ( ( ',' )? )
            // InternalTwin.g:6406:2: ( ',' )?
            {
             before(grammarAccess.getAlarmAccess().getCommaKeyword_6_0()); 
            // InternalTwin.g:6407:2: ( ',' )?
            int alt50=2;
            int LA50_0 = input.LA(1);

            if ( (LA50_0==61) ) {
                alt50=1;
            }
            switch (alt50) {
                case 1 :
                    // InternalTwin.g:6407:3: ','
                    {
                    match(input,61,FOLLOW_2); 

                    }
                    break;

            }

             after(grammarAccess.getAlarmAccess().getCommaKeyword_6_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Alarm__Group_6__0__Impl"


    // $ANTLR start "rule__Alarm__Group_6__1"
    // InternalTwin.g:6415:1: rule__Alarm__Group_6__1 : rule__Alarm__Group_6__1__Impl ;
    public final void rule__Alarm__Group_6__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:6419:1: ( rule__Alarm__Group_6__1__Impl )
            // InternalTwin.g:6420:2: rule__Alarm__Group_6__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Alarm__Group_6__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Alarm__Group_6__1"


    // $ANTLR start "rule__Alarm__Group_6__1__Impl"
    // InternalTwin.g:6426:1: rule__Alarm__Group_6__1__Impl : ( ( rule__Alarm__OptionsAssignment_6_1 ) ) ;
    public final void rule__Alarm__Group_6__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:6430:1: ( ( ( rule__Alarm__OptionsAssignment_6_1 ) ) )
            // InternalTwin.g:6431:1: ( ( rule__Alarm__OptionsAssignment_6_1 ) )
            {
            // InternalTwin.g:6431:1: ( ( rule__Alarm__OptionsAssignment_6_1 ) )
            // InternalTwin.g:6432:2: ( rule__Alarm__OptionsAssignment_6_1 )
            {
             before(grammarAccess.getAlarmAccess().getOptionsAssignment_6_1()); 
            // InternalTwin.g:6433:2: ( rule__Alarm__OptionsAssignment_6_1 )
            // InternalTwin.g:6433:3: rule__Alarm__OptionsAssignment_6_1
            {
            pushFollow(FOLLOW_2);
            rule__Alarm__OptionsAssignment_6_1();

            state._fsp--;


            }

             after(grammarAccess.getAlarmAccess().getOptionsAssignment_6_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Alarm__Group_6__1__Impl"


    // $ANTLR start "rule__AlarmOption__Group_0__0"
    // InternalTwin.g:6442:1: rule__AlarmOption__Group_0__0 : rule__AlarmOption__Group_0__0__Impl rule__AlarmOption__Group_0__1 ;
    public final void rule__AlarmOption__Group_0__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:6446:1: ( rule__AlarmOption__Group_0__0__Impl rule__AlarmOption__Group_0__1 )
            // InternalTwin.g:6447:2: rule__AlarmOption__Group_0__0__Impl rule__AlarmOption__Group_0__1
            {
            pushFollow(FOLLOW_61);
            rule__AlarmOption__Group_0__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__AlarmOption__Group_0__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__AlarmOption__Group_0__0"


    // $ANTLR start "rule__AlarmOption__Group_0__0__Impl"
    // InternalTwin.g:6454:1: rule__AlarmOption__Group_0__0__Impl : ( () ) ;
    public final void rule__AlarmOption__Group_0__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:6458:1: ( ( () ) )
            // InternalTwin.g:6459:1: ( () )
            {
            // InternalTwin.g:6459:1: ( () )
            // InternalTwin.g:6460:2: ()
            {
             before(grammarAccess.getAlarmOptionAccess().getDwellOptionAction_0_0()); 
            // InternalTwin.g:6461:2: ()
            // InternalTwin.g:6461:3: 
            {
            }

             after(grammarAccess.getAlarmOptionAccess().getDwellOptionAction_0_0()); 

            }


            }

        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__AlarmOption__Group_0__0__Impl"


    // $ANTLR start "rule__AlarmOption__Group_0__1"
    // InternalTwin.g:6469:1: rule__AlarmOption__Group_0__1 : rule__AlarmOption__Group_0__1__Impl rule__AlarmOption__Group_0__2 ;
    public final void rule__AlarmOption__Group_0__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:6473:1: ( rule__AlarmOption__Group_0__1__Impl rule__AlarmOption__Group_0__2 )
            // InternalTwin.g:6474:2: rule__AlarmOption__Group_0__1__Impl rule__AlarmOption__Group_0__2
            {
            pushFollow(FOLLOW_11);
            rule__AlarmOption__Group_0__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__AlarmOption__Group_0__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__AlarmOption__Group_0__1"


    // $ANTLR start "rule__AlarmOption__Group_0__1__Impl"
    // InternalTwin.g:6481:1: rule__AlarmOption__Group_0__1__Impl : ( 'for' ) ;
    public final void rule__AlarmOption__Group_0__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:6485:1: ( ( 'for' ) )
            // InternalTwin.g:6486:1: ( 'for' )
            {
            // InternalTwin.g:6486:1: ( 'for' )
            // InternalTwin.g:6487:2: 'for'
            {
             before(grammarAccess.getAlarmOptionAccess().getForKeyword_0_1()); 
            match(input,101,FOLLOW_2); 
             after(grammarAccess.getAlarmOptionAccess().getForKeyword_0_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__AlarmOption__Group_0__1__Impl"


    // $ANTLR start "rule__AlarmOption__Group_0__2"
    // InternalTwin.g:6496:1: rule__AlarmOption__Group_0__2 : rule__AlarmOption__Group_0__2__Impl ;
    public final void rule__AlarmOption__Group_0__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:6500:1: ( rule__AlarmOption__Group_0__2__Impl )
            // InternalTwin.g:6501:2: rule__AlarmOption__Group_0__2__Impl
            {
            pushFollow(FOLLOW_2);
            rule__AlarmOption__Group_0__2__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__AlarmOption__Group_0__2"


    // $ANTLR start "rule__AlarmOption__Group_0__2__Impl"
    // InternalTwin.g:6507:1: rule__AlarmOption__Group_0__2__Impl : ( ( rule__AlarmOption__DwellAssignment_0_2 ) ) ;
    public final void rule__AlarmOption__Group_0__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:6511:1: ( ( ( rule__AlarmOption__DwellAssignment_0_2 ) ) )
            // InternalTwin.g:6512:1: ( ( rule__AlarmOption__DwellAssignment_0_2 ) )
            {
            // InternalTwin.g:6512:1: ( ( rule__AlarmOption__DwellAssignment_0_2 ) )
            // InternalTwin.g:6513:2: ( rule__AlarmOption__DwellAssignment_0_2 )
            {
             before(grammarAccess.getAlarmOptionAccess().getDwellAssignment_0_2()); 
            // InternalTwin.g:6514:2: ( rule__AlarmOption__DwellAssignment_0_2 )
            // InternalTwin.g:6514:3: rule__AlarmOption__DwellAssignment_0_2
            {
            pushFollow(FOLLOW_2);
            rule__AlarmOption__DwellAssignment_0_2();

            state._fsp--;


            }

             after(grammarAccess.getAlarmOptionAccess().getDwellAssignment_0_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__AlarmOption__Group_0__2__Impl"


    // $ANTLR start "rule__AlarmOption__Group_1__0"
    // InternalTwin.g:6523:1: rule__AlarmOption__Group_1__0 : rule__AlarmOption__Group_1__0__Impl rule__AlarmOption__Group_1__1 ;
    public final void rule__AlarmOption__Group_1__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:6527:1: ( rule__AlarmOption__Group_1__0__Impl rule__AlarmOption__Group_1__1 )
            // InternalTwin.g:6528:2: rule__AlarmOption__Group_1__0__Impl rule__AlarmOption__Group_1__1
            {
            pushFollow(FOLLOW_62);
            rule__AlarmOption__Group_1__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__AlarmOption__Group_1__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__AlarmOption__Group_1__0"


    // $ANTLR start "rule__AlarmOption__Group_1__0__Impl"
    // InternalTwin.g:6535:1: rule__AlarmOption__Group_1__0__Impl : ( () ) ;
    public final void rule__AlarmOption__Group_1__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:6539:1: ( ( () ) )
            // InternalTwin.g:6540:1: ( () )
            {
            // InternalTwin.g:6540:1: ( () )
            // InternalTwin.g:6541:2: ()
            {
             before(grammarAccess.getAlarmOptionAccess().getClearOptionAction_1_0()); 
            // InternalTwin.g:6542:2: ()
            // InternalTwin.g:6542:3: 
            {
            }

             after(grammarAccess.getAlarmOptionAccess().getClearOptionAction_1_0()); 

            }


            }

        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__AlarmOption__Group_1__0__Impl"


    // $ANTLR start "rule__AlarmOption__Group_1__1"
    // InternalTwin.g:6550:1: rule__AlarmOption__Group_1__1 : rule__AlarmOption__Group_1__1__Impl rule__AlarmOption__Group_1__2 ;
    public final void rule__AlarmOption__Group_1__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:6554:1: ( rule__AlarmOption__Group_1__1__Impl rule__AlarmOption__Group_1__2 )
            // InternalTwin.g:6555:2: rule__AlarmOption__Group_1__1__Impl rule__AlarmOption__Group_1__2
            {
            pushFollow(FOLLOW_63);
            rule__AlarmOption__Group_1__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__AlarmOption__Group_1__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__AlarmOption__Group_1__1"


    // $ANTLR start "rule__AlarmOption__Group_1__1__Impl"
    // InternalTwin.g:6562:1: rule__AlarmOption__Group_1__1__Impl : ( 'clear' ) ;
    public final void rule__AlarmOption__Group_1__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:6566:1: ( ( 'clear' ) )
            // InternalTwin.g:6567:1: ( 'clear' )
            {
            // InternalTwin.g:6567:1: ( 'clear' )
            // InternalTwin.g:6568:2: 'clear'
            {
             before(grammarAccess.getAlarmOptionAccess().getClearKeyword_1_1()); 
            match(input,102,FOLLOW_2); 
             after(grammarAccess.getAlarmOptionAccess().getClearKeyword_1_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__AlarmOption__Group_1__1__Impl"


    // $ANTLR start "rule__AlarmOption__Group_1__2"
    // InternalTwin.g:6577:1: rule__AlarmOption__Group_1__2 : rule__AlarmOption__Group_1__2__Impl rule__AlarmOption__Group_1__3 ;
    public final void rule__AlarmOption__Group_1__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:6581:1: ( rule__AlarmOption__Group_1__2__Impl rule__AlarmOption__Group_1__3 )
            // InternalTwin.g:6582:2: rule__AlarmOption__Group_1__2__Impl rule__AlarmOption__Group_1__3
            {
            pushFollow(FOLLOW_46);
            rule__AlarmOption__Group_1__2__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__AlarmOption__Group_1__3();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__AlarmOption__Group_1__2"


    // $ANTLR start "rule__AlarmOption__Group_1__2__Impl"
    // InternalTwin.g:6589:1: rule__AlarmOption__Group_1__2__Impl : ( ( rule__AlarmOption__DirectionAssignment_1_2 ) ) ;
    public final void rule__AlarmOption__Group_1__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:6593:1: ( ( ( rule__AlarmOption__DirectionAssignment_1_2 ) ) )
            // InternalTwin.g:6594:1: ( ( rule__AlarmOption__DirectionAssignment_1_2 ) )
            {
            // InternalTwin.g:6594:1: ( ( rule__AlarmOption__DirectionAssignment_1_2 ) )
            // InternalTwin.g:6595:2: ( rule__AlarmOption__DirectionAssignment_1_2 )
            {
             before(grammarAccess.getAlarmOptionAccess().getDirectionAssignment_1_2()); 
            // InternalTwin.g:6596:2: ( rule__AlarmOption__DirectionAssignment_1_2 )
            // InternalTwin.g:6596:3: rule__AlarmOption__DirectionAssignment_1_2
            {
            pushFollow(FOLLOW_2);
            rule__AlarmOption__DirectionAssignment_1_2();

            state._fsp--;


            }

             after(grammarAccess.getAlarmOptionAccess().getDirectionAssignment_1_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__AlarmOption__Group_1__2__Impl"


    // $ANTLR start "rule__AlarmOption__Group_1__3"
    // InternalTwin.g:6604:1: rule__AlarmOption__Group_1__3 : rule__AlarmOption__Group_1__3__Impl ;
    public final void rule__AlarmOption__Group_1__3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:6608:1: ( rule__AlarmOption__Group_1__3__Impl )
            // InternalTwin.g:6609:2: rule__AlarmOption__Group_1__3__Impl
            {
            pushFollow(FOLLOW_2);
            rule__AlarmOption__Group_1__3__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__AlarmOption__Group_1__3"


    // $ANTLR start "rule__AlarmOption__Group_1__3__Impl"
    // InternalTwin.g:6615:1: rule__AlarmOption__Group_1__3__Impl : ( ( rule__AlarmOption__LevelAssignment_1_3 ) ) ;
    public final void rule__AlarmOption__Group_1__3__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:6619:1: ( ( ( rule__AlarmOption__LevelAssignment_1_3 ) ) )
            // InternalTwin.g:6620:1: ( ( rule__AlarmOption__LevelAssignment_1_3 ) )
            {
            // InternalTwin.g:6620:1: ( ( rule__AlarmOption__LevelAssignment_1_3 ) )
            // InternalTwin.g:6621:2: ( rule__AlarmOption__LevelAssignment_1_3 )
            {
             before(grammarAccess.getAlarmOptionAccess().getLevelAssignment_1_3()); 
            // InternalTwin.g:6622:2: ( rule__AlarmOption__LevelAssignment_1_3 )
            // InternalTwin.g:6622:3: rule__AlarmOption__LevelAssignment_1_3
            {
            pushFollow(FOLLOW_2);
            rule__AlarmOption__LevelAssignment_1_3();

            state._fsp--;


            }

             after(grammarAccess.getAlarmOptionAccess().getLevelAssignment_1_3()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__AlarmOption__Group_1__3__Impl"


    // $ANTLR start "rule__AlarmOption__Group_2__0"
    // InternalTwin.g:6631:1: rule__AlarmOption__Group_2__0 : rule__AlarmOption__Group_2__0__Impl rule__AlarmOption__Group_2__1 ;
    public final void rule__AlarmOption__Group_2__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:6635:1: ( rule__AlarmOption__Group_2__0__Impl rule__AlarmOption__Group_2__1 )
            // InternalTwin.g:6636:2: rule__AlarmOption__Group_2__0__Impl rule__AlarmOption__Group_2__1
            {
            pushFollow(FOLLOW_59);
            rule__AlarmOption__Group_2__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__AlarmOption__Group_2__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__AlarmOption__Group_2__0"


    // $ANTLR start "rule__AlarmOption__Group_2__0__Impl"
    // InternalTwin.g:6643:1: rule__AlarmOption__Group_2__0__Impl : ( () ) ;
    public final void rule__AlarmOption__Group_2__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:6647:1: ( ( () ) )
            // InternalTwin.g:6648:1: ( () )
            {
            // InternalTwin.g:6648:1: ( () )
            // InternalTwin.g:6649:2: ()
            {
             before(grammarAccess.getAlarmOptionAccess().getSeverityOptionAction_2_0()); 
            // InternalTwin.g:6650:2: ()
            // InternalTwin.g:6650:3: 
            {
            }

             after(grammarAccess.getAlarmOptionAccess().getSeverityOptionAction_2_0()); 

            }


            }

        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__AlarmOption__Group_2__0__Impl"


    // $ANTLR start "rule__AlarmOption__Group_2__1"
    // InternalTwin.g:6658:1: rule__AlarmOption__Group_2__1 : rule__AlarmOption__Group_2__1__Impl rule__AlarmOption__Group_2__2 ;
    public final void rule__AlarmOption__Group_2__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:6662:1: ( rule__AlarmOption__Group_2__1__Impl rule__AlarmOption__Group_2__2 )
            // InternalTwin.g:6663:2: rule__AlarmOption__Group_2__1__Impl rule__AlarmOption__Group_2__2
            {
            pushFollow(FOLLOW_11);
            rule__AlarmOption__Group_2__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__AlarmOption__Group_2__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__AlarmOption__Group_2__1"


    // $ANTLR start "rule__AlarmOption__Group_2__1__Impl"
    // InternalTwin.g:6670:1: rule__AlarmOption__Group_2__1__Impl : ( 'severity' ) ;
    public final void rule__AlarmOption__Group_2__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:6674:1: ( ( 'severity' ) )
            // InternalTwin.g:6675:1: ( 'severity' )
            {
            // InternalTwin.g:6675:1: ( 'severity' )
            // InternalTwin.g:6676:2: 'severity'
            {
             before(grammarAccess.getAlarmOptionAccess().getSeverityKeyword_2_1()); 
            match(input,103,FOLLOW_2); 
             after(grammarAccess.getAlarmOptionAccess().getSeverityKeyword_2_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__AlarmOption__Group_2__1__Impl"


    // $ANTLR start "rule__AlarmOption__Group_2__2"
    // InternalTwin.g:6685:1: rule__AlarmOption__Group_2__2 : rule__AlarmOption__Group_2__2__Impl ;
    public final void rule__AlarmOption__Group_2__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:6689:1: ( rule__AlarmOption__Group_2__2__Impl )
            // InternalTwin.g:6690:2: rule__AlarmOption__Group_2__2__Impl
            {
            pushFollow(FOLLOW_2);
            rule__AlarmOption__Group_2__2__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__AlarmOption__Group_2__2"


    // $ANTLR start "rule__AlarmOption__Group_2__2__Impl"
    // InternalTwin.g:6696:1: rule__AlarmOption__Group_2__2__Impl : ( ( rule__AlarmOption__SeverityAssignment_2_2 ) ) ;
    public final void rule__AlarmOption__Group_2__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:6700:1: ( ( ( rule__AlarmOption__SeverityAssignment_2_2 ) ) )
            // InternalTwin.g:6701:1: ( ( rule__AlarmOption__SeverityAssignment_2_2 ) )
            {
            // InternalTwin.g:6701:1: ( ( rule__AlarmOption__SeverityAssignment_2_2 ) )
            // InternalTwin.g:6702:2: ( rule__AlarmOption__SeverityAssignment_2_2 )
            {
             before(grammarAccess.getAlarmOptionAccess().getSeverityAssignment_2_2()); 
            // InternalTwin.g:6703:2: ( rule__AlarmOption__SeverityAssignment_2_2 )
            // InternalTwin.g:6703:3: rule__AlarmOption__SeverityAssignment_2_2
            {
            pushFollow(FOLLOW_2);
            rule__AlarmOption__SeverityAssignment_2_2();

            state._fsp--;


            }

             after(grammarAccess.getAlarmOptionAccess().getSeverityAssignment_2_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__AlarmOption__Group_2__2__Impl"


    // $ANTLR start "rule__Overshoot__Group__0"
    // InternalTwin.g:6712:1: rule__Overshoot__Group__0 : rule__Overshoot__Group__0__Impl rule__Overshoot__Group__1 ;
    public final void rule__Overshoot__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:6716:1: ( rule__Overshoot__Group__0__Impl rule__Overshoot__Group__1 )
            // InternalTwin.g:6717:2: rule__Overshoot__Group__0__Impl rule__Overshoot__Group__1
            {
            pushFollow(FOLLOW_6);
            rule__Overshoot__Group__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Overshoot__Group__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Overshoot__Group__0"


    // $ANTLR start "rule__Overshoot__Group__0__Impl"
    // InternalTwin.g:6724:1: rule__Overshoot__Group__0__Impl : ( 'overshoot' ) ;
    public final void rule__Overshoot__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:6728:1: ( ( 'overshoot' ) )
            // InternalTwin.g:6729:1: ( 'overshoot' )
            {
            // InternalTwin.g:6729:1: ( 'overshoot' )
            // InternalTwin.g:6730:2: 'overshoot'
            {
             before(grammarAccess.getOvershootAccess().getOvershootKeyword_0()); 
            match(input,104,FOLLOW_2); 
             after(grammarAccess.getOvershootAccess().getOvershootKeyword_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Overshoot__Group__0__Impl"


    // $ANTLR start "rule__Overshoot__Group__1"
    // InternalTwin.g:6739:1: rule__Overshoot__Group__1 : rule__Overshoot__Group__1__Impl rule__Overshoot__Group__2 ;
    public final void rule__Overshoot__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:6743:1: ( rule__Overshoot__Group__1__Impl rule__Overshoot__Group__2 )
            // InternalTwin.g:6744:2: rule__Overshoot__Group__1__Impl rule__Overshoot__Group__2
            {
            pushFollow(FOLLOW_40);
            rule__Overshoot__Group__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Overshoot__Group__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Overshoot__Group__1"


    // $ANTLR start "rule__Overshoot__Group__1__Impl"
    // InternalTwin.g:6751:1: rule__Overshoot__Group__1__Impl : ( ( rule__Overshoot__NameAssignment_1 ) ) ;
    public final void rule__Overshoot__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:6755:1: ( ( ( rule__Overshoot__NameAssignment_1 ) ) )
            // InternalTwin.g:6756:1: ( ( rule__Overshoot__NameAssignment_1 ) )
            {
            // InternalTwin.g:6756:1: ( ( rule__Overshoot__NameAssignment_1 ) )
            // InternalTwin.g:6757:2: ( rule__Overshoot__NameAssignment_1 )
            {
             before(grammarAccess.getOvershootAccess().getNameAssignment_1()); 
            // InternalTwin.g:6758:2: ( rule__Overshoot__NameAssignment_1 )
            // InternalTwin.g:6758:3: rule__Overshoot__NameAssignment_1
            {
            pushFollow(FOLLOW_2);
            rule__Overshoot__NameAssignment_1();

            state._fsp--;


            }

             after(grammarAccess.getOvershootAccess().getNameAssignment_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Overshoot__Group__1__Impl"


    // $ANTLR start "rule__Overshoot__Group__2"
    // InternalTwin.g:6766:1: rule__Overshoot__Group__2 : rule__Overshoot__Group__2__Impl rule__Overshoot__Group__3 ;
    public final void rule__Overshoot__Group__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:6770:1: ( rule__Overshoot__Group__2__Impl rule__Overshoot__Group__3 )
            // InternalTwin.g:6771:2: rule__Overshoot__Group__2__Impl rule__Overshoot__Group__3
            {
            pushFollow(FOLLOW_6);
            rule__Overshoot__Group__2__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Overshoot__Group__3();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Overshoot__Group__2"


    // $ANTLR start "rule__Overshoot__Group__2__Impl"
    // InternalTwin.g:6778:1: rule__Overshoot__Group__2__Impl : ( ':' ) ;
    public final void rule__Overshoot__Group__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:6782:1: ( ( ':' ) )
            // InternalTwin.g:6783:1: ( ':' )
            {
            // InternalTwin.g:6783:1: ( ':' )
            // InternalTwin.g:6784:2: ':'
            {
             before(grammarAccess.getOvershootAccess().getColonKeyword_2()); 
            match(input,82,FOLLOW_2); 
             after(grammarAccess.getOvershootAccess().getColonKeyword_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Overshoot__Group__2__Impl"


    // $ANTLR start "rule__Overshoot__Group__3"
    // InternalTwin.g:6793:1: rule__Overshoot__Group__3 : rule__Overshoot__Group__3__Impl rule__Overshoot__Group__4 ;
    public final void rule__Overshoot__Group__3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:6797:1: ( rule__Overshoot__Group__3__Impl rule__Overshoot__Group__4 )
            // InternalTwin.g:6798:2: rule__Overshoot__Group__3__Impl rule__Overshoot__Group__4
            {
            pushFollow(FOLLOW_64);
            rule__Overshoot__Group__3__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Overshoot__Group__4();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Overshoot__Group__3"


    // $ANTLR start "rule__Overshoot__Group__3__Impl"
    // InternalTwin.g:6805:1: rule__Overshoot__Group__3__Impl : ( ( rule__Overshoot__SignalAssignment_3 ) ) ;
    public final void rule__Overshoot__Group__3__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:6809:1: ( ( ( rule__Overshoot__SignalAssignment_3 ) ) )
            // InternalTwin.g:6810:1: ( ( rule__Overshoot__SignalAssignment_3 ) )
            {
            // InternalTwin.g:6810:1: ( ( rule__Overshoot__SignalAssignment_3 ) )
            // InternalTwin.g:6811:2: ( rule__Overshoot__SignalAssignment_3 )
            {
             before(grammarAccess.getOvershootAccess().getSignalAssignment_3()); 
            // InternalTwin.g:6812:2: ( rule__Overshoot__SignalAssignment_3 )
            // InternalTwin.g:6812:3: rule__Overshoot__SignalAssignment_3
            {
            pushFollow(FOLLOW_2);
            rule__Overshoot__SignalAssignment_3();

            state._fsp--;


            }

             after(grammarAccess.getOvershootAccess().getSignalAssignment_3()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Overshoot__Group__3__Impl"


    // $ANTLR start "rule__Overshoot__Group__4"
    // InternalTwin.g:6820:1: rule__Overshoot__Group__4 : rule__Overshoot__Group__4__Impl rule__Overshoot__Group__5 ;
    public final void rule__Overshoot__Group__4() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:6824:1: ( rule__Overshoot__Group__4__Impl rule__Overshoot__Group__5 )
            // InternalTwin.g:6825:2: rule__Overshoot__Group__4__Impl rule__Overshoot__Group__5
            {
            pushFollow(FOLLOW_6);
            rule__Overshoot__Group__4__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Overshoot__Group__5();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Overshoot__Group__4"


    // $ANTLR start "rule__Overshoot__Group__4__Impl"
    // InternalTwin.g:6832:1: rule__Overshoot__Group__4__Impl : ( 'above' ) ;
    public final void rule__Overshoot__Group__4__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:6836:1: ( ( 'above' ) )
            // InternalTwin.g:6837:1: ( 'above' )
            {
            // InternalTwin.g:6837:1: ( 'above' )
            // InternalTwin.g:6838:2: 'above'
            {
             before(grammarAccess.getOvershootAccess().getAboveKeyword_4()); 
            match(input,53,FOLLOW_2); 
             after(grammarAccess.getOvershootAccess().getAboveKeyword_4()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Overshoot__Group__4__Impl"


    // $ANTLR start "rule__Overshoot__Group__5"
    // InternalTwin.g:6847:1: rule__Overshoot__Group__5 : rule__Overshoot__Group__5__Impl rule__Overshoot__Group__6 ;
    public final void rule__Overshoot__Group__5() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:6851:1: ( rule__Overshoot__Group__5__Impl rule__Overshoot__Group__6 )
            // InternalTwin.g:6852:2: rule__Overshoot__Group__5__Impl rule__Overshoot__Group__6
            {
            pushFollow(FOLLOW_65);
            rule__Overshoot__Group__5__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Overshoot__Group__6();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Overshoot__Group__5"


    // $ANTLR start "rule__Overshoot__Group__5__Impl"
    // InternalTwin.g:6859:1: rule__Overshoot__Group__5__Impl : ( ( rule__Overshoot__SetpointAssignment_5 ) ) ;
    public final void rule__Overshoot__Group__5__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:6863:1: ( ( ( rule__Overshoot__SetpointAssignment_5 ) ) )
            // InternalTwin.g:6864:1: ( ( rule__Overshoot__SetpointAssignment_5 ) )
            {
            // InternalTwin.g:6864:1: ( ( rule__Overshoot__SetpointAssignment_5 ) )
            // InternalTwin.g:6865:2: ( rule__Overshoot__SetpointAssignment_5 )
            {
             before(grammarAccess.getOvershootAccess().getSetpointAssignment_5()); 
            // InternalTwin.g:6866:2: ( rule__Overshoot__SetpointAssignment_5 )
            // InternalTwin.g:6866:3: rule__Overshoot__SetpointAssignment_5
            {
            pushFollow(FOLLOW_2);
            rule__Overshoot__SetpointAssignment_5();

            state._fsp--;


            }

             after(grammarAccess.getOvershootAccess().getSetpointAssignment_5()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Overshoot__Group__5__Impl"


    // $ANTLR start "rule__Overshoot__Group__6"
    // InternalTwin.g:6874:1: rule__Overshoot__Group__6 : rule__Overshoot__Group__6__Impl rule__Overshoot__Group__7 ;
    public final void rule__Overshoot__Group__6() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:6878:1: ( rule__Overshoot__Group__6__Impl rule__Overshoot__Group__7 )
            // InternalTwin.g:6879:2: rule__Overshoot__Group__6__Impl rule__Overshoot__Group__7
            {
            pushFollow(FOLLOW_46);
            rule__Overshoot__Group__6__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Overshoot__Group__7();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Overshoot__Group__6"


    // $ANTLR start "rule__Overshoot__Group__6__Impl"
    // InternalTwin.g:6886:1: rule__Overshoot__Group__6__Impl : ( 'by' ) ;
    public final void rule__Overshoot__Group__6__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:6890:1: ( ( 'by' ) )
            // InternalTwin.g:6891:1: ( 'by' )
            {
            // InternalTwin.g:6891:1: ( 'by' )
            // InternalTwin.g:6892:2: 'by'
            {
             before(grammarAccess.getOvershootAccess().getByKeyword_6()); 
            match(input,105,FOLLOW_2); 
             after(grammarAccess.getOvershootAccess().getByKeyword_6()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Overshoot__Group__6__Impl"


    // $ANTLR start "rule__Overshoot__Group__7"
    // InternalTwin.g:6901:1: rule__Overshoot__Group__7 : rule__Overshoot__Group__7__Impl ;
    public final void rule__Overshoot__Group__7() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:6905:1: ( rule__Overshoot__Group__7__Impl )
            // InternalTwin.g:6906:2: rule__Overshoot__Group__7__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Overshoot__Group__7__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Overshoot__Group__7"


    // $ANTLR start "rule__Overshoot__Group__7__Impl"
    // InternalTwin.g:6912:1: rule__Overshoot__Group__7__Impl : ( ( rule__Overshoot__LimitAssignment_7 ) ) ;
    public final void rule__Overshoot__Group__7__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:6916:1: ( ( ( rule__Overshoot__LimitAssignment_7 ) ) )
            // InternalTwin.g:6917:1: ( ( rule__Overshoot__LimitAssignment_7 ) )
            {
            // InternalTwin.g:6917:1: ( ( rule__Overshoot__LimitAssignment_7 ) )
            // InternalTwin.g:6918:2: ( rule__Overshoot__LimitAssignment_7 )
            {
             before(grammarAccess.getOvershootAccess().getLimitAssignment_7()); 
            // InternalTwin.g:6919:2: ( rule__Overshoot__LimitAssignment_7 )
            // InternalTwin.g:6919:3: rule__Overshoot__LimitAssignment_7
            {
            pushFollow(FOLLOW_2);
            rule__Overshoot__LimitAssignment_7();

            state._fsp--;


            }

             after(grammarAccess.getOvershootAccess().getLimitAssignment_7()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Overshoot__Group__7__Impl"


    // $ANTLR start "rule__Energy__Group__0"
    // InternalTwin.g:6928:1: rule__Energy__Group__0 : rule__Energy__Group__0__Impl rule__Energy__Group__1 ;
    public final void rule__Energy__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:6932:1: ( rule__Energy__Group__0__Impl rule__Energy__Group__1 )
            // InternalTwin.g:6933:2: rule__Energy__Group__0__Impl rule__Energy__Group__1
            {
            pushFollow(FOLLOW_6);
            rule__Energy__Group__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Energy__Group__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Energy__Group__0"


    // $ANTLR start "rule__Energy__Group__0__Impl"
    // InternalTwin.g:6940:1: rule__Energy__Group__0__Impl : ( 'energy' ) ;
    public final void rule__Energy__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:6944:1: ( ( 'energy' ) )
            // InternalTwin.g:6945:1: ( 'energy' )
            {
            // InternalTwin.g:6945:1: ( 'energy' )
            // InternalTwin.g:6946:2: 'energy'
            {
             before(grammarAccess.getEnergyAccess().getEnergyKeyword_0()); 
            match(input,106,FOLLOW_2); 
             after(grammarAccess.getEnergyAccess().getEnergyKeyword_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Energy__Group__0__Impl"


    // $ANTLR start "rule__Energy__Group__1"
    // InternalTwin.g:6955:1: rule__Energy__Group__1 : rule__Energy__Group__1__Impl rule__Energy__Group__2 ;
    public final void rule__Energy__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:6959:1: ( rule__Energy__Group__1__Impl rule__Energy__Group__2 )
            // InternalTwin.g:6960:2: rule__Energy__Group__1__Impl rule__Energy__Group__2
            {
            pushFollow(FOLLOW_40);
            rule__Energy__Group__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Energy__Group__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Energy__Group__1"


    // $ANTLR start "rule__Energy__Group__1__Impl"
    // InternalTwin.g:6967:1: rule__Energy__Group__1__Impl : ( ( rule__Energy__NameAssignment_1 ) ) ;
    public final void rule__Energy__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:6971:1: ( ( ( rule__Energy__NameAssignment_1 ) ) )
            // InternalTwin.g:6972:1: ( ( rule__Energy__NameAssignment_1 ) )
            {
            // InternalTwin.g:6972:1: ( ( rule__Energy__NameAssignment_1 ) )
            // InternalTwin.g:6973:2: ( rule__Energy__NameAssignment_1 )
            {
             before(grammarAccess.getEnergyAccess().getNameAssignment_1()); 
            // InternalTwin.g:6974:2: ( rule__Energy__NameAssignment_1 )
            // InternalTwin.g:6974:3: rule__Energy__NameAssignment_1
            {
            pushFollow(FOLLOW_2);
            rule__Energy__NameAssignment_1();

            state._fsp--;


            }

             after(grammarAccess.getEnergyAccess().getNameAssignment_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Energy__Group__1__Impl"


    // $ANTLR start "rule__Energy__Group__2"
    // InternalTwin.g:6982:1: rule__Energy__Group__2 : rule__Energy__Group__2__Impl rule__Energy__Group__3 ;
    public final void rule__Energy__Group__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:6986:1: ( rule__Energy__Group__2__Impl rule__Energy__Group__3 )
            // InternalTwin.g:6987:2: rule__Energy__Group__2__Impl rule__Energy__Group__3
            {
            pushFollow(FOLLOW_66);
            rule__Energy__Group__2__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Energy__Group__3();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Energy__Group__2"


    // $ANTLR start "rule__Energy__Group__2__Impl"
    // InternalTwin.g:6994:1: rule__Energy__Group__2__Impl : ( ':' ) ;
    public final void rule__Energy__Group__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:6998:1: ( ( ':' ) )
            // InternalTwin.g:6999:1: ( ':' )
            {
            // InternalTwin.g:6999:1: ( ':' )
            // InternalTwin.g:7000:2: ':'
            {
             before(grammarAccess.getEnergyAccess().getColonKeyword_2()); 
            match(input,82,FOLLOW_2); 
             after(grammarAccess.getEnergyAccess().getColonKeyword_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Energy__Group__2__Impl"


    // $ANTLR start "rule__Energy__Group__3"
    // InternalTwin.g:7009:1: rule__Energy__Group__3 : rule__Energy__Group__3__Impl rule__Energy__Group__4 ;
    public final void rule__Energy__Group__3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:7013:1: ( rule__Energy__Group__3__Impl rule__Energy__Group__4 )
            // InternalTwin.g:7014:2: rule__Energy__Group__3__Impl rule__Energy__Group__4
            {
            pushFollow(FOLLOW_6);
            rule__Energy__Group__3__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Energy__Group__4();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Energy__Group__3"


    // $ANTLR start "rule__Energy__Group__3__Impl"
    // InternalTwin.g:7021:1: rule__Energy__Group__3__Impl : ( 'integrate' ) ;
    public final void rule__Energy__Group__3__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:7025:1: ( ( 'integrate' ) )
            // InternalTwin.g:7026:1: ( 'integrate' )
            {
            // InternalTwin.g:7026:1: ( 'integrate' )
            // InternalTwin.g:7027:2: 'integrate'
            {
             before(grammarAccess.getEnergyAccess().getIntegrateKeyword_3()); 
            match(input,107,FOLLOW_2); 
             after(grammarAccess.getEnergyAccess().getIntegrateKeyword_3()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Energy__Group__3__Impl"


    // $ANTLR start "rule__Energy__Group__4"
    // InternalTwin.g:7036:1: rule__Energy__Group__4 : rule__Energy__Group__4__Impl rule__Energy__Group__5 ;
    public final void rule__Energy__Group__4() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:7040:1: ( rule__Energy__Group__4__Impl rule__Energy__Group__5 )
            // InternalTwin.g:7041:2: rule__Energy__Group__4__Impl rule__Energy__Group__5
            {
            pushFollow(FOLLOW_67);
            rule__Energy__Group__4__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Energy__Group__5();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Energy__Group__4"


    // $ANTLR start "rule__Energy__Group__4__Impl"
    // InternalTwin.g:7048:1: rule__Energy__Group__4__Impl : ( ( rule__Energy__SignalAssignment_4 ) ) ;
    public final void rule__Energy__Group__4__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:7052:1: ( ( ( rule__Energy__SignalAssignment_4 ) ) )
            // InternalTwin.g:7053:1: ( ( rule__Energy__SignalAssignment_4 ) )
            {
            // InternalTwin.g:7053:1: ( ( rule__Energy__SignalAssignment_4 ) )
            // InternalTwin.g:7054:2: ( rule__Energy__SignalAssignment_4 )
            {
             before(grammarAccess.getEnergyAccess().getSignalAssignment_4()); 
            // InternalTwin.g:7055:2: ( rule__Energy__SignalAssignment_4 )
            // InternalTwin.g:7055:3: rule__Energy__SignalAssignment_4
            {
            pushFollow(FOLLOW_2);
            rule__Energy__SignalAssignment_4();

            state._fsp--;


            }

             after(grammarAccess.getEnergyAccess().getSignalAssignment_4()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Energy__Group__4__Impl"


    // $ANTLR start "rule__Energy__Group__5"
    // InternalTwin.g:7063:1: rule__Energy__Group__5 : rule__Energy__Group__5__Impl rule__Energy__Group__6 ;
    public final void rule__Energy__Group__5() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:7067:1: ( rule__Energy__Group__5__Impl rule__Energy__Group__6 )
            // InternalTwin.g:7068:2: rule__Energy__Group__5__Impl rule__Energy__Group__6
            {
            pushFollow(FOLLOW_6);
            rule__Energy__Group__5__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Energy__Group__6();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Energy__Group__5"


    // $ANTLR start "rule__Energy__Group__5__Impl"
    // InternalTwin.g:7075:1: rule__Energy__Group__5__Impl : ( 'per' ) ;
    public final void rule__Energy__Group__5__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:7079:1: ( ( 'per' ) )
            // InternalTwin.g:7080:1: ( 'per' )
            {
            // InternalTwin.g:7080:1: ( 'per' )
            // InternalTwin.g:7081:2: 'per'
            {
             before(grammarAccess.getEnergyAccess().getPerKeyword_5()); 
            match(input,108,FOLLOW_2); 
             after(grammarAccess.getEnergyAccess().getPerKeyword_5()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Energy__Group__5__Impl"


    // $ANTLR start "rule__Energy__Group__6"
    // InternalTwin.g:7090:1: rule__Energy__Group__6 : rule__Energy__Group__6__Impl ;
    public final void rule__Energy__Group__6() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:7094:1: ( rule__Energy__Group__6__Impl )
            // InternalTwin.g:7095:2: rule__Energy__Group__6__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Energy__Group__6__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Energy__Group__6"


    // $ANTLR start "rule__Energy__Group__6__Impl"
    // InternalTwin.g:7101:1: rule__Energy__Group__6__Impl : ( ( rule__Energy__BatchAssignment_6 ) ) ;
    public final void rule__Energy__Group__6__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:7105:1: ( ( ( rule__Energy__BatchAssignment_6 ) ) )
            // InternalTwin.g:7106:1: ( ( rule__Energy__BatchAssignment_6 ) )
            {
            // InternalTwin.g:7106:1: ( ( rule__Energy__BatchAssignment_6 ) )
            // InternalTwin.g:7107:2: ( rule__Energy__BatchAssignment_6 )
            {
             before(grammarAccess.getEnergyAccess().getBatchAssignment_6()); 
            // InternalTwin.g:7108:2: ( rule__Energy__BatchAssignment_6 )
            // InternalTwin.g:7108:3: rule__Energy__BatchAssignment_6
            {
            pushFollow(FOLLOW_2);
            rule__Energy__BatchAssignment_6();

            state._fsp--;


            }

             after(grammarAccess.getEnergyAccess().getBatchAssignment_6()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Energy__Group__6__Impl"


    // $ANTLR start "rule__Verdict__Group__0"
    // InternalTwin.g:7117:1: rule__Verdict__Group__0 : rule__Verdict__Group__0__Impl rule__Verdict__Group__1 ;
    public final void rule__Verdict__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:7121:1: ( rule__Verdict__Group__0__Impl rule__Verdict__Group__1 )
            // InternalTwin.g:7122:2: rule__Verdict__Group__0__Impl rule__Verdict__Group__1
            {
            pushFollow(FOLLOW_6);
            rule__Verdict__Group__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Verdict__Group__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Verdict__Group__0"


    // $ANTLR start "rule__Verdict__Group__0__Impl"
    // InternalTwin.g:7129:1: rule__Verdict__Group__0__Impl : ( 'verdict' ) ;
    public final void rule__Verdict__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:7133:1: ( ( 'verdict' ) )
            // InternalTwin.g:7134:1: ( 'verdict' )
            {
            // InternalTwin.g:7134:1: ( 'verdict' )
            // InternalTwin.g:7135:2: 'verdict'
            {
             before(grammarAccess.getVerdictAccess().getVerdictKeyword_0()); 
            match(input,109,FOLLOW_2); 
             after(grammarAccess.getVerdictAccess().getVerdictKeyword_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Verdict__Group__0__Impl"


    // $ANTLR start "rule__Verdict__Group__1"
    // InternalTwin.g:7144:1: rule__Verdict__Group__1 : rule__Verdict__Group__1__Impl rule__Verdict__Group__2 ;
    public final void rule__Verdict__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:7148:1: ( rule__Verdict__Group__1__Impl rule__Verdict__Group__2 )
            // InternalTwin.g:7149:2: rule__Verdict__Group__1__Impl rule__Verdict__Group__2
            {
            pushFollow(FOLLOW_40);
            rule__Verdict__Group__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Verdict__Group__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Verdict__Group__1"


    // $ANTLR start "rule__Verdict__Group__1__Impl"
    // InternalTwin.g:7156:1: rule__Verdict__Group__1__Impl : ( ( rule__Verdict__NameAssignment_1 ) ) ;
    public final void rule__Verdict__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:7160:1: ( ( ( rule__Verdict__NameAssignment_1 ) ) )
            // InternalTwin.g:7161:1: ( ( rule__Verdict__NameAssignment_1 ) )
            {
            // InternalTwin.g:7161:1: ( ( rule__Verdict__NameAssignment_1 ) )
            // InternalTwin.g:7162:2: ( rule__Verdict__NameAssignment_1 )
            {
             before(grammarAccess.getVerdictAccess().getNameAssignment_1()); 
            // InternalTwin.g:7163:2: ( rule__Verdict__NameAssignment_1 )
            // InternalTwin.g:7163:3: rule__Verdict__NameAssignment_1
            {
            pushFollow(FOLLOW_2);
            rule__Verdict__NameAssignment_1();

            state._fsp--;


            }

             after(grammarAccess.getVerdictAccess().getNameAssignment_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Verdict__Group__1__Impl"


    // $ANTLR start "rule__Verdict__Group__2"
    // InternalTwin.g:7171:1: rule__Verdict__Group__2 : rule__Verdict__Group__2__Impl rule__Verdict__Group__3 ;
    public final void rule__Verdict__Group__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:7175:1: ( rule__Verdict__Group__2__Impl rule__Verdict__Group__3 )
            // InternalTwin.g:7176:2: rule__Verdict__Group__2__Impl rule__Verdict__Group__3
            {
            pushFollow(FOLLOW_6);
            rule__Verdict__Group__2__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Verdict__Group__3();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Verdict__Group__2"


    // $ANTLR start "rule__Verdict__Group__2__Impl"
    // InternalTwin.g:7183:1: rule__Verdict__Group__2__Impl : ( ':' ) ;
    public final void rule__Verdict__Group__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:7187:1: ( ( ':' ) )
            // InternalTwin.g:7188:1: ( ':' )
            {
            // InternalTwin.g:7188:1: ( ':' )
            // InternalTwin.g:7189:2: ':'
            {
             before(grammarAccess.getVerdictAccess().getColonKeyword_2()); 
            match(input,82,FOLLOW_2); 
             after(grammarAccess.getVerdictAccess().getColonKeyword_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Verdict__Group__2__Impl"


    // $ANTLR start "rule__Verdict__Group__3"
    // InternalTwin.g:7198:1: rule__Verdict__Group__3 : rule__Verdict__Group__3__Impl rule__Verdict__Group__4 ;
    public final void rule__Verdict__Group__3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:7202:1: ( rule__Verdict__Group__3__Impl rule__Verdict__Group__4 )
            // InternalTwin.g:7203:2: rule__Verdict__Group__3__Impl rule__Verdict__Group__4
            {
            pushFollow(FOLLOW_68);
            rule__Verdict__Group__3__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Verdict__Group__4();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Verdict__Group__3"


    // $ANTLR start "rule__Verdict__Group__3__Impl"
    // InternalTwin.g:7210:1: rule__Verdict__Group__3__Impl : ( ( rule__Verdict__SignalAssignment_3 ) ) ;
    public final void rule__Verdict__Group__3__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:7214:1: ( ( ( rule__Verdict__SignalAssignment_3 ) ) )
            // InternalTwin.g:7215:1: ( ( rule__Verdict__SignalAssignment_3 ) )
            {
            // InternalTwin.g:7215:1: ( ( rule__Verdict__SignalAssignment_3 ) )
            // InternalTwin.g:7216:2: ( rule__Verdict__SignalAssignment_3 )
            {
             before(grammarAccess.getVerdictAccess().getSignalAssignment_3()); 
            // InternalTwin.g:7217:2: ( rule__Verdict__SignalAssignment_3 )
            // InternalTwin.g:7217:3: rule__Verdict__SignalAssignment_3
            {
            pushFollow(FOLLOW_2);
            rule__Verdict__SignalAssignment_3();

            state._fsp--;


            }

             after(grammarAccess.getVerdictAccess().getSignalAssignment_3()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Verdict__Group__3__Impl"


    // $ANTLR start "rule__Verdict__Group__4"
    // InternalTwin.g:7225:1: rule__Verdict__Group__4 : rule__Verdict__Group__4__Impl rule__Verdict__Group__5 ;
    public final void rule__Verdict__Group__4() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:7229:1: ( rule__Verdict__Group__4__Impl rule__Verdict__Group__5 )
            // InternalTwin.g:7230:2: rule__Verdict__Group__4__Impl rule__Verdict__Group__5
            {
            pushFollow(FOLLOW_46);
            rule__Verdict__Group__4__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Verdict__Group__5();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Verdict__Group__4"


    // $ANTLR start "rule__Verdict__Group__4__Impl"
    // InternalTwin.g:7237:1: rule__Verdict__Group__4__Impl : ( 'within' ) ;
    public final void rule__Verdict__Group__4__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:7241:1: ( ( 'within' ) )
            // InternalTwin.g:7242:1: ( 'within' )
            {
            // InternalTwin.g:7242:1: ( 'within' )
            // InternalTwin.g:7243:2: 'within'
            {
             before(grammarAccess.getVerdictAccess().getWithinKeyword_4()); 
            match(input,110,FOLLOW_2); 
             after(grammarAccess.getVerdictAccess().getWithinKeyword_4()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Verdict__Group__4__Impl"


    // $ANTLR start "rule__Verdict__Group__5"
    // InternalTwin.g:7252:1: rule__Verdict__Group__5 : rule__Verdict__Group__5__Impl rule__Verdict__Group__6 ;
    public final void rule__Verdict__Group__5() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:7256:1: ( rule__Verdict__Group__5__Impl rule__Verdict__Group__6 )
            // InternalTwin.g:7257:2: rule__Verdict__Group__5__Impl rule__Verdict__Group__6
            {
            pushFollow(FOLLOW_48);
            rule__Verdict__Group__5__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Verdict__Group__6();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Verdict__Group__5"


    // $ANTLR start "rule__Verdict__Group__5__Impl"
    // InternalTwin.g:7264:1: rule__Verdict__Group__5__Impl : ( ( rule__Verdict__MinimumAssignment_5 ) ) ;
    public final void rule__Verdict__Group__5__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:7268:1: ( ( ( rule__Verdict__MinimumAssignment_5 ) ) )
            // InternalTwin.g:7269:1: ( ( rule__Verdict__MinimumAssignment_5 ) )
            {
            // InternalTwin.g:7269:1: ( ( rule__Verdict__MinimumAssignment_5 ) )
            // InternalTwin.g:7270:2: ( rule__Verdict__MinimumAssignment_5 )
            {
             before(grammarAccess.getVerdictAccess().getMinimumAssignment_5()); 
            // InternalTwin.g:7271:2: ( rule__Verdict__MinimumAssignment_5 )
            // InternalTwin.g:7271:3: rule__Verdict__MinimumAssignment_5
            {
            pushFollow(FOLLOW_2);
            rule__Verdict__MinimumAssignment_5();

            state._fsp--;


            }

             after(grammarAccess.getVerdictAccess().getMinimumAssignment_5()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Verdict__Group__5__Impl"


    // $ANTLR start "rule__Verdict__Group__6"
    // InternalTwin.g:7279:1: rule__Verdict__Group__6 : rule__Verdict__Group__6__Impl rule__Verdict__Group__7 ;
    public final void rule__Verdict__Group__6() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:7283:1: ( rule__Verdict__Group__6__Impl rule__Verdict__Group__7 )
            // InternalTwin.g:7284:2: rule__Verdict__Group__6__Impl rule__Verdict__Group__7
            {
            pushFollow(FOLLOW_46);
            rule__Verdict__Group__6__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Verdict__Group__7();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Verdict__Group__6"


    // $ANTLR start "rule__Verdict__Group__6__Impl"
    // InternalTwin.g:7291:1: rule__Verdict__Group__6__Impl : ( '..' ) ;
    public final void rule__Verdict__Group__6__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:7295:1: ( ( '..' ) )
            // InternalTwin.g:7296:1: ( '..' )
            {
            // InternalTwin.g:7296:1: ( '..' )
            // InternalTwin.g:7297:2: '..'
            {
             before(grammarAccess.getVerdictAccess().getFullStopFullStopKeyword_6()); 
            match(input,91,FOLLOW_2); 
             after(grammarAccess.getVerdictAccess().getFullStopFullStopKeyword_6()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Verdict__Group__6__Impl"


    // $ANTLR start "rule__Verdict__Group__7"
    // InternalTwin.g:7306:1: rule__Verdict__Group__7 : rule__Verdict__Group__7__Impl rule__Verdict__Group__8 ;
    public final void rule__Verdict__Group__7() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:7310:1: ( rule__Verdict__Group__7__Impl rule__Verdict__Group__8 )
            // InternalTwin.g:7311:2: rule__Verdict__Group__7__Impl rule__Verdict__Group__8
            {
            pushFollow(FOLLOW_47);
            rule__Verdict__Group__7__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Verdict__Group__8();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Verdict__Group__7"


    // $ANTLR start "rule__Verdict__Group__7__Impl"
    // InternalTwin.g:7318:1: rule__Verdict__Group__7__Impl : ( ( rule__Verdict__MaximumAssignment_7 ) ) ;
    public final void rule__Verdict__Group__7__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:7322:1: ( ( ( rule__Verdict__MaximumAssignment_7 ) ) )
            // InternalTwin.g:7323:1: ( ( rule__Verdict__MaximumAssignment_7 ) )
            {
            // InternalTwin.g:7323:1: ( ( rule__Verdict__MaximumAssignment_7 ) )
            // InternalTwin.g:7324:2: ( rule__Verdict__MaximumAssignment_7 )
            {
             before(grammarAccess.getVerdictAccess().getMaximumAssignment_7()); 
            // InternalTwin.g:7325:2: ( rule__Verdict__MaximumAssignment_7 )
            // InternalTwin.g:7325:3: rule__Verdict__MaximumAssignment_7
            {
            pushFollow(FOLLOW_2);
            rule__Verdict__MaximumAssignment_7();

            state._fsp--;


            }

             after(grammarAccess.getVerdictAccess().getMaximumAssignment_7()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Verdict__Group__7__Impl"


    // $ANTLR start "rule__Verdict__Group__8"
    // InternalTwin.g:7333:1: rule__Verdict__Group__8 : rule__Verdict__Group__8__Impl ;
    public final void rule__Verdict__Group__8() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:7337:1: ( rule__Verdict__Group__8__Impl )
            // InternalTwin.g:7338:2: rule__Verdict__Group__8__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Verdict__Group__8__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Verdict__Group__8"


    // $ANTLR start "rule__Verdict__Group__8__Impl"
    // InternalTwin.g:7344:1: rule__Verdict__Group__8__Impl : ( ( rule__Verdict__UnitAssignment_8 )? ) ;
    public final void rule__Verdict__Group__8__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:7348:1: ( ( ( rule__Verdict__UnitAssignment_8 )? ) )
            // InternalTwin.g:7349:1: ( ( rule__Verdict__UnitAssignment_8 )? )
            {
            // InternalTwin.g:7349:1: ( ( rule__Verdict__UnitAssignment_8 )? )
            // InternalTwin.g:7350:2: ( rule__Verdict__UnitAssignment_8 )?
            {
             before(grammarAccess.getVerdictAccess().getUnitAssignment_8()); 
            // InternalTwin.g:7351:2: ( rule__Verdict__UnitAssignment_8 )?
            int alt51=2;
            int LA51_0 = input.LA(1);

            if ( ((LA51_0>=RULE_ID && LA51_0<=RULE_STRING)||(LA51_0>=12 && LA51_0<=15)) ) {
                alt51=1;
            }
            switch (alt51) {
                case 1 :
                    // InternalTwin.g:7351:3: rule__Verdict__UnitAssignment_8
                    {
                    pushFollow(FOLLOW_2);
                    rule__Verdict__UnitAssignment_8();

                    state._fsp--;


                    }
                    break;

            }

             after(grammarAccess.getVerdictAccess().getUnitAssignment_8()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Verdict__Group__8__Impl"


    // $ANTLR start "rule__Measure__Group__0"
    // InternalTwin.g:7360:1: rule__Measure__Group__0 : rule__Measure__Group__0__Impl rule__Measure__Group__1 ;
    public final void rule__Measure__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:7364:1: ( rule__Measure__Group__0__Impl rule__Measure__Group__1 )
            // InternalTwin.g:7365:2: rule__Measure__Group__0__Impl rule__Measure__Group__1
            {
            pushFollow(FOLLOW_47);
            rule__Measure__Group__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Measure__Group__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Measure__Group__0"


    // $ANTLR start "rule__Measure__Group__0__Impl"
    // InternalTwin.g:7372:1: rule__Measure__Group__0__Impl : ( ( rule__Measure__ValueAssignment_0 ) ) ;
    public final void rule__Measure__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:7376:1: ( ( ( rule__Measure__ValueAssignment_0 ) ) )
            // InternalTwin.g:7377:1: ( ( rule__Measure__ValueAssignment_0 ) )
            {
            // InternalTwin.g:7377:1: ( ( rule__Measure__ValueAssignment_0 ) )
            // InternalTwin.g:7378:2: ( rule__Measure__ValueAssignment_0 )
            {
             before(grammarAccess.getMeasureAccess().getValueAssignment_0()); 
            // InternalTwin.g:7379:2: ( rule__Measure__ValueAssignment_0 )
            // InternalTwin.g:7379:3: rule__Measure__ValueAssignment_0
            {
            pushFollow(FOLLOW_2);
            rule__Measure__ValueAssignment_0();

            state._fsp--;


            }

             after(grammarAccess.getMeasureAccess().getValueAssignment_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Measure__Group__0__Impl"


    // $ANTLR start "rule__Measure__Group__1"
    // InternalTwin.g:7387:1: rule__Measure__Group__1 : rule__Measure__Group__1__Impl ;
    public final void rule__Measure__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:7391:1: ( rule__Measure__Group__1__Impl )
            // InternalTwin.g:7392:2: rule__Measure__Group__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Measure__Group__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Measure__Group__1"


    // $ANTLR start "rule__Measure__Group__1__Impl"
    // InternalTwin.g:7398:1: rule__Measure__Group__1__Impl : ( ( rule__Measure__UnitAssignment_1 )? ) ;
    public final void rule__Measure__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:7402:1: ( ( ( rule__Measure__UnitAssignment_1 )? ) )
            // InternalTwin.g:7403:1: ( ( rule__Measure__UnitAssignment_1 )? )
            {
            // InternalTwin.g:7403:1: ( ( rule__Measure__UnitAssignment_1 )? )
            // InternalTwin.g:7404:2: ( rule__Measure__UnitAssignment_1 )?
            {
             before(grammarAccess.getMeasureAccess().getUnitAssignment_1()); 
            // InternalTwin.g:7405:2: ( rule__Measure__UnitAssignment_1 )?
            int alt52=2;
            int LA52_0 = input.LA(1);

            if ( ((LA52_0>=RULE_ID && LA52_0<=RULE_STRING)||(LA52_0>=12 && LA52_0<=15)) ) {
                alt52=1;
            }
            switch (alt52) {
                case 1 :
                    // InternalTwin.g:7405:3: rule__Measure__UnitAssignment_1
                    {
                    pushFollow(FOLLOW_2);
                    rule__Measure__UnitAssignment_1();

                    state._fsp--;


                    }
                    break;

            }

             after(grammarAccess.getMeasureAccess().getUnitAssignment_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Measure__Group__1__Impl"


    // $ANTLR start "rule__Duration__Group__0"
    // InternalTwin.g:7414:1: rule__Duration__Group__0 : rule__Duration__Group__0__Impl rule__Duration__Group__1 ;
    public final void rule__Duration__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:7418:1: ( rule__Duration__Group__0__Impl rule__Duration__Group__1 )
            // InternalTwin.g:7419:2: rule__Duration__Group__0__Impl rule__Duration__Group__1
            {
            pushFollow(FOLLOW_69);
            rule__Duration__Group__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Duration__Group__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Duration__Group__0"


    // $ANTLR start "rule__Duration__Group__0__Impl"
    // InternalTwin.g:7426:1: rule__Duration__Group__0__Impl : ( ( rule__Duration__ValueAssignment_0 ) ) ;
    public final void rule__Duration__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:7430:1: ( ( ( rule__Duration__ValueAssignment_0 ) ) )
            // InternalTwin.g:7431:1: ( ( rule__Duration__ValueAssignment_0 ) )
            {
            // InternalTwin.g:7431:1: ( ( rule__Duration__ValueAssignment_0 ) )
            // InternalTwin.g:7432:2: ( rule__Duration__ValueAssignment_0 )
            {
             before(grammarAccess.getDurationAccess().getValueAssignment_0()); 
            // InternalTwin.g:7433:2: ( rule__Duration__ValueAssignment_0 )
            // InternalTwin.g:7433:3: rule__Duration__ValueAssignment_0
            {
            pushFollow(FOLLOW_2);
            rule__Duration__ValueAssignment_0();

            state._fsp--;


            }

             after(grammarAccess.getDurationAccess().getValueAssignment_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Duration__Group__0__Impl"


    // $ANTLR start "rule__Duration__Group__1"
    // InternalTwin.g:7441:1: rule__Duration__Group__1 : rule__Duration__Group__1__Impl ;
    public final void rule__Duration__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:7445:1: ( rule__Duration__Group__1__Impl )
            // InternalTwin.g:7446:2: rule__Duration__Group__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Duration__Group__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Duration__Group__1"


    // $ANTLR start "rule__Duration__Group__1__Impl"
    // InternalTwin.g:7452:1: rule__Duration__Group__1__Impl : ( ( rule__Duration__UnitAssignment_1 ) ) ;
    public final void rule__Duration__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:7456:1: ( ( ( rule__Duration__UnitAssignment_1 ) ) )
            // InternalTwin.g:7457:1: ( ( rule__Duration__UnitAssignment_1 ) )
            {
            // InternalTwin.g:7457:1: ( ( rule__Duration__UnitAssignment_1 ) )
            // InternalTwin.g:7458:2: ( rule__Duration__UnitAssignment_1 )
            {
             before(grammarAccess.getDurationAccess().getUnitAssignment_1()); 
            // InternalTwin.g:7459:2: ( rule__Duration__UnitAssignment_1 )
            // InternalTwin.g:7459:3: rule__Duration__UnitAssignment_1
            {
            pushFollow(FOLLOW_2);
            rule__Duration__UnitAssignment_1();

            state._fsp--;


            }

             after(grammarAccess.getDurationAccess().getUnitAssignment_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Duration__Group__1__Impl"


    // $ANTLR start "rule__Number__Group__0"
    // InternalTwin.g:7468:1: rule__Number__Group__0 : rule__Number__Group__0__Impl rule__Number__Group__1 ;
    public final void rule__Number__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:7472:1: ( rule__Number__Group__0__Impl rule__Number__Group__1 )
            // InternalTwin.g:7473:2: rule__Number__Group__0__Impl rule__Number__Group__1
            {
            pushFollow(FOLLOW_46);
            rule__Number__Group__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Number__Group__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Number__Group__0"


    // $ANTLR start "rule__Number__Group__0__Impl"
    // InternalTwin.g:7480:1: rule__Number__Group__0__Impl : ( ( '-' )? ) ;
    public final void rule__Number__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:7484:1: ( ( ( '-' )? ) )
            // InternalTwin.g:7485:1: ( ( '-' )? )
            {
            // InternalTwin.g:7485:1: ( ( '-' )? )
            // InternalTwin.g:7486:2: ( '-' )?
            {
             before(grammarAccess.getNumberAccess().getHyphenMinusKeyword_0()); 
            // InternalTwin.g:7487:2: ( '-' )?
            int alt53=2;
            int LA53_0 = input.LA(1);

            if ( (LA53_0==111) ) {
                alt53=1;
            }
            switch (alt53) {
                case 1 :
                    // InternalTwin.g:7487:3: '-'
                    {
                    match(input,111,FOLLOW_2); 

                    }
                    break;

            }

             after(grammarAccess.getNumberAccess().getHyphenMinusKeyword_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Number__Group__0__Impl"


    // $ANTLR start "rule__Number__Group__1"
    // InternalTwin.g:7495:1: rule__Number__Group__1 : rule__Number__Group__1__Impl rule__Number__Group__2 ;
    public final void rule__Number__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:7499:1: ( rule__Number__Group__1__Impl rule__Number__Group__2 )
            // InternalTwin.g:7500:2: rule__Number__Group__1__Impl rule__Number__Group__2
            {
            pushFollow(FOLLOW_56);
            rule__Number__Group__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Number__Group__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Number__Group__1"


    // $ANTLR start "rule__Number__Group__1__Impl"
    // InternalTwin.g:7507:1: rule__Number__Group__1__Impl : ( RULE_INT ) ;
    public final void rule__Number__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:7511:1: ( ( RULE_INT ) )
            // InternalTwin.g:7512:1: ( RULE_INT )
            {
            // InternalTwin.g:7512:1: ( RULE_INT )
            // InternalTwin.g:7513:2: RULE_INT
            {
             before(grammarAccess.getNumberAccess().getINTTerminalRuleCall_1()); 
            match(input,RULE_INT,FOLLOW_2); 
             after(grammarAccess.getNumberAccess().getINTTerminalRuleCall_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Number__Group__1__Impl"


    // $ANTLR start "rule__Number__Group__2"
    // InternalTwin.g:7522:1: rule__Number__Group__2 : rule__Number__Group__2__Impl ;
    public final void rule__Number__Group__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:7526:1: ( rule__Number__Group__2__Impl )
            // InternalTwin.g:7527:2: rule__Number__Group__2__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Number__Group__2__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Number__Group__2"


    // $ANTLR start "rule__Number__Group__2__Impl"
    // InternalTwin.g:7533:1: rule__Number__Group__2__Impl : ( ( rule__Number__Group_2__0 )? ) ;
    public final void rule__Number__Group__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:7537:1: ( ( ( rule__Number__Group_2__0 )? ) )
            // InternalTwin.g:7538:1: ( ( rule__Number__Group_2__0 )? )
            {
            // InternalTwin.g:7538:1: ( ( rule__Number__Group_2__0 )? )
            // InternalTwin.g:7539:2: ( rule__Number__Group_2__0 )?
            {
             before(grammarAccess.getNumberAccess().getGroup_2()); 
            // InternalTwin.g:7540:2: ( rule__Number__Group_2__0 )?
            int alt54=2;
            int LA54_0 = input.LA(1);

            if ( (LA54_0==98) ) {
                alt54=1;
            }
            switch (alt54) {
                case 1 :
                    // InternalTwin.g:7540:3: rule__Number__Group_2__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__Number__Group_2__0();

                    state._fsp--;


                    }
                    break;

            }

             after(grammarAccess.getNumberAccess().getGroup_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Number__Group__2__Impl"


    // $ANTLR start "rule__Number__Group_2__0"
    // InternalTwin.g:7549:1: rule__Number__Group_2__0 : rule__Number__Group_2__0__Impl rule__Number__Group_2__1 ;
    public final void rule__Number__Group_2__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:7553:1: ( rule__Number__Group_2__0__Impl rule__Number__Group_2__1 )
            // InternalTwin.g:7554:2: rule__Number__Group_2__0__Impl rule__Number__Group_2__1
            {
            pushFollow(FOLLOW_11);
            rule__Number__Group_2__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Number__Group_2__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Number__Group_2__0"


    // $ANTLR start "rule__Number__Group_2__0__Impl"
    // InternalTwin.g:7561:1: rule__Number__Group_2__0__Impl : ( '.' ) ;
    public final void rule__Number__Group_2__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:7565:1: ( ( '.' ) )
            // InternalTwin.g:7566:1: ( '.' )
            {
            // InternalTwin.g:7566:1: ( '.' )
            // InternalTwin.g:7567:2: '.'
            {
             before(grammarAccess.getNumberAccess().getFullStopKeyword_2_0()); 
            match(input,98,FOLLOW_2); 
             after(grammarAccess.getNumberAccess().getFullStopKeyword_2_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Number__Group_2__0__Impl"


    // $ANTLR start "rule__Number__Group_2__1"
    // InternalTwin.g:7576:1: rule__Number__Group_2__1 : rule__Number__Group_2__1__Impl ;
    public final void rule__Number__Group_2__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:7580:1: ( rule__Number__Group_2__1__Impl )
            // InternalTwin.g:7581:2: rule__Number__Group_2__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Number__Group_2__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Number__Group_2__1"


    // $ANTLR start "rule__Number__Group_2__1__Impl"
    // InternalTwin.g:7587:1: rule__Number__Group_2__1__Impl : ( RULE_INT ) ;
    public final void rule__Number__Group_2__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:7591:1: ( ( RULE_INT ) )
            // InternalTwin.g:7592:1: ( RULE_INT )
            {
            // InternalTwin.g:7592:1: ( RULE_INT )
            // InternalTwin.g:7593:2: RULE_INT
            {
             before(grammarAccess.getNumberAccess().getINTTerminalRuleCall_2_1()); 
            match(input,RULE_INT,FOLLOW_2); 
             after(grammarAccess.getNumberAccess().getINTTerminalRuleCall_2_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Number__Group_2__1__Impl"


    // $ANTLR start "rule__QualifiedName__Group__0"
    // InternalTwin.g:7603:1: rule__QualifiedName__Group__0 : rule__QualifiedName__Group__0__Impl rule__QualifiedName__Group__1 ;
    public final void rule__QualifiedName__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:7607:1: ( rule__QualifiedName__Group__0__Impl rule__QualifiedName__Group__1 )
            // InternalTwin.g:7608:2: rule__QualifiedName__Group__0__Impl rule__QualifiedName__Group__1
            {
            pushFollow(FOLLOW_56);
            rule__QualifiedName__Group__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__QualifiedName__Group__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__QualifiedName__Group__0"


    // $ANTLR start "rule__QualifiedName__Group__0__Impl"
    // InternalTwin.g:7615:1: rule__QualifiedName__Group__0__Impl : ( RULE_ID ) ;
    public final void rule__QualifiedName__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:7619:1: ( ( RULE_ID ) )
            // InternalTwin.g:7620:1: ( RULE_ID )
            {
            // InternalTwin.g:7620:1: ( RULE_ID )
            // InternalTwin.g:7621:2: RULE_ID
            {
             before(grammarAccess.getQualifiedNameAccess().getIDTerminalRuleCall_0()); 
            match(input,RULE_ID,FOLLOW_2); 
             after(grammarAccess.getQualifiedNameAccess().getIDTerminalRuleCall_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__QualifiedName__Group__0__Impl"


    // $ANTLR start "rule__QualifiedName__Group__1"
    // InternalTwin.g:7630:1: rule__QualifiedName__Group__1 : rule__QualifiedName__Group__1__Impl ;
    public final void rule__QualifiedName__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:7634:1: ( rule__QualifiedName__Group__1__Impl )
            // InternalTwin.g:7635:2: rule__QualifiedName__Group__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__QualifiedName__Group__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__QualifiedName__Group__1"


    // $ANTLR start "rule__QualifiedName__Group__1__Impl"
    // InternalTwin.g:7641:1: rule__QualifiedName__Group__1__Impl : ( ( rule__QualifiedName__Group_1__0 )* ) ;
    public final void rule__QualifiedName__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:7645:1: ( ( ( rule__QualifiedName__Group_1__0 )* ) )
            // InternalTwin.g:7646:1: ( ( rule__QualifiedName__Group_1__0 )* )
            {
            // InternalTwin.g:7646:1: ( ( rule__QualifiedName__Group_1__0 )* )
            // InternalTwin.g:7647:2: ( rule__QualifiedName__Group_1__0 )*
            {
             before(grammarAccess.getQualifiedNameAccess().getGroup_1()); 
            // InternalTwin.g:7648:2: ( rule__QualifiedName__Group_1__0 )*
            loop55:
            do {
                int alt55=2;
                int LA55_0 = input.LA(1);

                if ( (LA55_0==98) ) {
                    int LA55_2 = input.LA(2);

                    if ( (LA55_2==RULE_ID) ) {
                        alt55=1;
                    }


                }


                switch (alt55) {
            	case 1 :
            	    // InternalTwin.g:7648:3: rule__QualifiedName__Group_1__0
            	    {
            	    pushFollow(FOLLOW_70);
            	    rule__QualifiedName__Group_1__0();

            	    state._fsp--;


            	    }
            	    break;

            	default :
            	    break loop55;
                }
            } while (true);

             after(grammarAccess.getQualifiedNameAccess().getGroup_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__QualifiedName__Group__1__Impl"


    // $ANTLR start "rule__QualifiedName__Group_1__0"
    // InternalTwin.g:7657:1: rule__QualifiedName__Group_1__0 : rule__QualifiedName__Group_1__0__Impl rule__QualifiedName__Group_1__1 ;
    public final void rule__QualifiedName__Group_1__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:7661:1: ( rule__QualifiedName__Group_1__0__Impl rule__QualifiedName__Group_1__1 )
            // InternalTwin.g:7662:2: rule__QualifiedName__Group_1__0__Impl rule__QualifiedName__Group_1__1
            {
            pushFollow(FOLLOW_6);
            rule__QualifiedName__Group_1__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__QualifiedName__Group_1__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__QualifiedName__Group_1__0"


    // $ANTLR start "rule__QualifiedName__Group_1__0__Impl"
    // InternalTwin.g:7669:1: rule__QualifiedName__Group_1__0__Impl : ( '.' ) ;
    public final void rule__QualifiedName__Group_1__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:7673:1: ( ( '.' ) )
            // InternalTwin.g:7674:1: ( '.' )
            {
            // InternalTwin.g:7674:1: ( '.' )
            // InternalTwin.g:7675:2: '.'
            {
             before(grammarAccess.getQualifiedNameAccess().getFullStopKeyword_1_0()); 
            match(input,98,FOLLOW_2); 
             after(grammarAccess.getQualifiedNameAccess().getFullStopKeyword_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__QualifiedName__Group_1__0__Impl"


    // $ANTLR start "rule__QualifiedName__Group_1__1"
    // InternalTwin.g:7684:1: rule__QualifiedName__Group_1__1 : rule__QualifiedName__Group_1__1__Impl ;
    public final void rule__QualifiedName__Group_1__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:7688:1: ( rule__QualifiedName__Group_1__1__Impl )
            // InternalTwin.g:7689:2: rule__QualifiedName__Group_1__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__QualifiedName__Group_1__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__QualifiedName__Group_1__1"


    // $ANTLR start "rule__QualifiedName__Group_1__1__Impl"
    // InternalTwin.g:7695:1: rule__QualifiedName__Group_1__1__Impl : ( RULE_ID ) ;
    public final void rule__QualifiedName__Group_1__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:7699:1: ( ( RULE_ID ) )
            // InternalTwin.g:7700:1: ( RULE_ID )
            {
            // InternalTwin.g:7700:1: ( RULE_ID )
            // InternalTwin.g:7701:2: RULE_ID
            {
             before(grammarAccess.getQualifiedNameAccess().getIDTerminalRuleCall_1_1()); 
            match(input,RULE_ID,FOLLOW_2); 
             after(grammarAccess.getQualifiedNameAccess().getIDTerminalRuleCall_1_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__QualifiedName__Group_1__1__Impl"


    // $ANTLR start "rule__TwinModel__NameAssignment_0_1"
    // InternalTwin.g:7711:1: rule__TwinModel__NameAssignment_0_1 : ( ruleQualifiedName ) ;
    public final void rule__TwinModel__NameAssignment_0_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:7715:1: ( ( ruleQualifiedName ) )
            // InternalTwin.g:7716:2: ( ruleQualifiedName )
            {
            // InternalTwin.g:7716:2: ( ruleQualifiedName )
            // InternalTwin.g:7717:3: ruleQualifiedName
            {
             before(grammarAccess.getTwinModelAccess().getNameQualifiedNameParserRuleCall_0_1_0()); 
            pushFollow(FOLLOW_2);
            ruleQualifiedName();

            state._fsp--;

             after(grammarAccess.getTwinModelAccess().getNameQualifiedNameParserRuleCall_0_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__TwinModel__NameAssignment_0_1"


    // $ANTLR start "rule__TwinModel__ImportsAssignment_1"
    // InternalTwin.g:7726:1: rule__TwinModel__ImportsAssignment_1 : ( rulePlantImport ) ;
    public final void rule__TwinModel__ImportsAssignment_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:7730:1: ( ( rulePlantImport ) )
            // InternalTwin.g:7731:2: ( rulePlantImport )
            {
            // InternalTwin.g:7731:2: ( rulePlantImport )
            // InternalTwin.g:7732:3: rulePlantImport
            {
             before(grammarAccess.getTwinModelAccess().getImportsPlantImportParserRuleCall_1_0()); 
            pushFollow(FOLLOW_2);
            rulePlantImport();

            state._fsp--;

             after(grammarAccess.getTwinModelAccess().getImportsPlantImportParserRuleCall_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__TwinModel__ImportsAssignment_1"


    // $ANTLR start "rule__TwinModel__ElementsAssignment_2"
    // InternalTwin.g:7741:1: rule__TwinModel__ElementsAssignment_2 : ( ruleElement ) ;
    public final void rule__TwinModel__ElementsAssignment_2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:7745:1: ( ( ruleElement ) )
            // InternalTwin.g:7746:2: ( ruleElement )
            {
            // InternalTwin.g:7746:2: ( ruleElement )
            // InternalTwin.g:7747:3: ruleElement
            {
             before(grammarAccess.getTwinModelAccess().getElementsElementParserRuleCall_2_0()); 
            pushFollow(FOLLOW_2);
            ruleElement();

            state._fsp--;

             after(grammarAccess.getTwinModelAccess().getElementsElementParserRuleCall_2_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__TwinModel__ElementsAssignment_2"


    // $ANTLR start "rule__PlantImport__ImportURIAssignment_1"
    // InternalTwin.g:7756:1: rule__PlantImport__ImportURIAssignment_1 : ( RULE_STRING ) ;
    public final void rule__PlantImport__ImportURIAssignment_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:7760:1: ( ( RULE_STRING ) )
            // InternalTwin.g:7761:2: ( RULE_STRING )
            {
            // InternalTwin.g:7761:2: ( RULE_STRING )
            // InternalTwin.g:7762:3: RULE_STRING
            {
             before(grammarAccess.getPlantImportAccess().getImportURISTRINGTerminalRuleCall_1_0()); 
            match(input,RULE_STRING,FOLLOW_2); 
             after(grammarAccess.getPlantImportAccess().getImportURISTRINGTerminalRuleCall_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PlantImport__ImportURIAssignment_1"


    // $ANTLR start "rule__ModbusConnection__NameAssignment_1"
    // InternalTwin.g:7771:1: rule__ModbusConnection__NameAssignment_1 : ( RULE_ID ) ;
    public final void rule__ModbusConnection__NameAssignment_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:7775:1: ( ( RULE_ID ) )
            // InternalTwin.g:7776:2: ( RULE_ID )
            {
            // InternalTwin.g:7776:2: ( RULE_ID )
            // InternalTwin.g:7777:3: RULE_ID
            {
             before(grammarAccess.getModbusConnectionAccess().getNameIDTerminalRuleCall_1_0()); 
            match(input,RULE_ID,FOLLOW_2); 
             after(grammarAccess.getModbusConnectionAccess().getNameIDTerminalRuleCall_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ModbusConnection__NameAssignment_1"


    // $ANTLR start "rule__ModbusConnection__EndpointAssignment_4"
    // InternalTwin.g:7786:1: rule__ModbusConnection__EndpointAssignment_4 : ( RULE_STRING ) ;
    public final void rule__ModbusConnection__EndpointAssignment_4() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:7790:1: ( ( RULE_STRING ) )
            // InternalTwin.g:7791:2: ( RULE_STRING )
            {
            // InternalTwin.g:7791:2: ( RULE_STRING )
            // InternalTwin.g:7792:3: RULE_STRING
            {
             before(grammarAccess.getModbusConnectionAccess().getEndpointSTRINGTerminalRuleCall_4_0()); 
            match(input,RULE_STRING,FOLLOW_2); 
             after(grammarAccess.getModbusConnectionAccess().getEndpointSTRINGTerminalRuleCall_4_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ModbusConnection__EndpointAssignment_4"


    // $ANTLR start "rule__ModbusConnection__UnitGivenAssignment_5_0"
    // InternalTwin.g:7801:1: rule__ModbusConnection__UnitGivenAssignment_5_0 : ( ( 'unit' ) ) ;
    public final void rule__ModbusConnection__UnitGivenAssignment_5_0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:7805:1: ( ( ( 'unit' ) ) )
            // InternalTwin.g:7806:2: ( ( 'unit' ) )
            {
            // InternalTwin.g:7806:2: ( ( 'unit' ) )
            // InternalTwin.g:7807:3: ( 'unit' )
            {
             before(grammarAccess.getModbusConnectionAccess().getUnitGivenUnitKeyword_5_0_0()); 
            // InternalTwin.g:7808:3: ( 'unit' )
            // InternalTwin.g:7809:4: 'unit'
            {
             before(grammarAccess.getModbusConnectionAccess().getUnitGivenUnitKeyword_5_0_0()); 
            match(input,89,FOLLOW_2); 
             after(grammarAccess.getModbusConnectionAccess().getUnitGivenUnitKeyword_5_0_0()); 

            }

             after(grammarAccess.getModbusConnectionAccess().getUnitGivenUnitKeyword_5_0_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ModbusConnection__UnitGivenAssignment_5_0"


    // $ANTLR start "rule__ModbusConnection__UnitIdAssignment_5_1"
    // InternalTwin.g:7820:1: rule__ModbusConnection__UnitIdAssignment_5_1 : ( RULE_INT ) ;
    public final void rule__ModbusConnection__UnitIdAssignment_5_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:7824:1: ( ( RULE_INT ) )
            // InternalTwin.g:7825:2: ( RULE_INT )
            {
            // InternalTwin.g:7825:2: ( RULE_INT )
            // InternalTwin.g:7826:3: RULE_INT
            {
             before(grammarAccess.getModbusConnectionAccess().getUnitIdINTTerminalRuleCall_5_1_0()); 
            match(input,RULE_INT,FOLLOW_2); 
             after(grammarAccess.getModbusConnectionAccess().getUnitIdINTTerminalRuleCall_5_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ModbusConnection__UnitIdAssignment_5_1"


    // $ANTLR start "rule__ModbusConnection__SettingsAssignment_6_1_0"
    // InternalTwin.g:7835:1: rule__ModbusConnection__SettingsAssignment_6_1_0 : ( ruleModbusSetting ) ;
    public final void rule__ModbusConnection__SettingsAssignment_6_1_0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:7839:1: ( ( ruleModbusSetting ) )
            // InternalTwin.g:7840:2: ( ruleModbusSetting )
            {
            // InternalTwin.g:7840:2: ( ruleModbusSetting )
            // InternalTwin.g:7841:3: ruleModbusSetting
            {
             before(grammarAccess.getModbusConnectionAccess().getSettingsModbusSettingParserRuleCall_6_1_0_0()); 
            pushFollow(FOLLOW_2);
            ruleModbusSetting();

            state._fsp--;

             after(grammarAccess.getModbusConnectionAccess().getSettingsModbusSettingParserRuleCall_6_1_0_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ModbusConnection__SettingsAssignment_6_1_0"


    // $ANTLR start "rule__ModbusConnection__SettingsAssignment_6_1_1_1"
    // InternalTwin.g:7850:1: rule__ModbusConnection__SettingsAssignment_6_1_1_1 : ( ruleModbusSetting ) ;
    public final void rule__ModbusConnection__SettingsAssignment_6_1_1_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:7854:1: ( ( ruleModbusSetting ) )
            // InternalTwin.g:7855:2: ( ruleModbusSetting )
            {
            // InternalTwin.g:7855:2: ( ruleModbusSetting )
            // InternalTwin.g:7856:3: ruleModbusSetting
            {
             before(grammarAccess.getModbusConnectionAccess().getSettingsModbusSettingParserRuleCall_6_1_1_1_0()); 
            pushFollow(FOLLOW_2);
            ruleModbusSetting();

            state._fsp--;

             after(grammarAccess.getModbusConnectionAccess().getSettingsModbusSettingParserRuleCall_6_1_1_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ModbusConnection__SettingsAssignment_6_1_1_1"


    // $ANTLR start "rule__OpcUaConnection__NameAssignment_1"
    // InternalTwin.g:7865:1: rule__OpcUaConnection__NameAssignment_1 : ( RULE_ID ) ;
    public final void rule__OpcUaConnection__NameAssignment_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:7869:1: ( ( RULE_ID ) )
            // InternalTwin.g:7870:2: ( RULE_ID )
            {
            // InternalTwin.g:7870:2: ( RULE_ID )
            // InternalTwin.g:7871:3: RULE_ID
            {
             before(grammarAccess.getOpcUaConnectionAccess().getNameIDTerminalRuleCall_1_0()); 
            match(input,RULE_ID,FOLLOW_2); 
             after(grammarAccess.getOpcUaConnectionAccess().getNameIDTerminalRuleCall_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__OpcUaConnection__NameAssignment_1"


    // $ANTLR start "rule__OpcUaConnection__EndpointAssignment_3"
    // InternalTwin.g:7880:1: rule__OpcUaConnection__EndpointAssignment_3 : ( RULE_STRING ) ;
    public final void rule__OpcUaConnection__EndpointAssignment_3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:7884:1: ( ( RULE_STRING ) )
            // InternalTwin.g:7885:2: ( RULE_STRING )
            {
            // InternalTwin.g:7885:2: ( RULE_STRING )
            // InternalTwin.g:7886:3: RULE_STRING
            {
             before(grammarAccess.getOpcUaConnectionAccess().getEndpointSTRINGTerminalRuleCall_3_0()); 
            match(input,RULE_STRING,FOLLOW_2); 
             after(grammarAccess.getOpcUaConnectionAccess().getEndpointSTRINGTerminalRuleCall_3_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__OpcUaConnection__EndpointAssignment_3"


    // $ANTLR start "rule__OpcUaConnection__SettingsAssignment_4_1_0"
    // InternalTwin.g:7895:1: rule__OpcUaConnection__SettingsAssignment_4_1_0 : ( ruleOpcUaSetting ) ;
    public final void rule__OpcUaConnection__SettingsAssignment_4_1_0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:7899:1: ( ( ruleOpcUaSetting ) )
            // InternalTwin.g:7900:2: ( ruleOpcUaSetting )
            {
            // InternalTwin.g:7900:2: ( ruleOpcUaSetting )
            // InternalTwin.g:7901:3: ruleOpcUaSetting
            {
             before(grammarAccess.getOpcUaConnectionAccess().getSettingsOpcUaSettingParserRuleCall_4_1_0_0()); 
            pushFollow(FOLLOW_2);
            ruleOpcUaSetting();

            state._fsp--;

             after(grammarAccess.getOpcUaConnectionAccess().getSettingsOpcUaSettingParserRuleCall_4_1_0_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__OpcUaConnection__SettingsAssignment_4_1_0"


    // $ANTLR start "rule__OpcUaConnection__SettingsAssignment_4_1_1_1"
    // InternalTwin.g:7910:1: rule__OpcUaConnection__SettingsAssignment_4_1_1_1 : ( ruleOpcUaSetting ) ;
    public final void rule__OpcUaConnection__SettingsAssignment_4_1_1_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:7914:1: ( ( ruleOpcUaSetting ) )
            // InternalTwin.g:7915:2: ( ruleOpcUaSetting )
            {
            // InternalTwin.g:7915:2: ( ruleOpcUaSetting )
            // InternalTwin.g:7916:3: ruleOpcUaSetting
            {
             before(grammarAccess.getOpcUaConnectionAccess().getSettingsOpcUaSettingParserRuleCall_4_1_1_1_0()); 
            pushFollow(FOLLOW_2);
            ruleOpcUaSetting();

            state._fsp--;

             after(grammarAccess.getOpcUaConnectionAccess().getSettingsOpcUaSettingParserRuleCall_4_1_1_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__OpcUaConnection__SettingsAssignment_4_1_1_1"


    // $ANTLR start "rule__ByteOrderSetting__OrderAssignment_2"
    // InternalTwin.g:7925:1: rule__ByteOrderSetting__OrderAssignment_2 : ( ruleEndianness ) ;
    public final void rule__ByteOrderSetting__OrderAssignment_2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:7929:1: ( ( ruleEndianness ) )
            // InternalTwin.g:7930:2: ( ruleEndianness )
            {
            // InternalTwin.g:7930:2: ( ruleEndianness )
            // InternalTwin.g:7931:3: ruleEndianness
            {
             before(grammarAccess.getByteOrderSettingAccess().getOrderEndiannessEnumRuleCall_2_0()); 
            pushFollow(FOLLOW_2);
            ruleEndianness();

            state._fsp--;

             after(grammarAccess.getByteOrderSettingAccess().getOrderEndiannessEnumRuleCall_2_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ByteOrderSetting__OrderAssignment_2"


    // $ANTLR start "rule__WordOrderSetting__OrderAssignment_2"
    // InternalTwin.g:7940:1: rule__WordOrderSetting__OrderAssignment_2 : ( ruleEndianness ) ;
    public final void rule__WordOrderSetting__OrderAssignment_2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:7944:1: ( ( ruleEndianness ) )
            // InternalTwin.g:7945:2: ( ruleEndianness )
            {
            // InternalTwin.g:7945:2: ( ruleEndianness )
            // InternalTwin.g:7946:3: ruleEndianness
            {
             before(grammarAccess.getWordOrderSettingAccess().getOrderEndiannessEnumRuleCall_2_0()); 
            pushFollow(FOLLOW_2);
            ruleEndianness();

            state._fsp--;

             after(grammarAccess.getWordOrderSettingAccess().getOrderEndiannessEnumRuleCall_2_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__WordOrderSetting__OrderAssignment_2"


    // $ANTLR start "rule__PollSetting__PeriodAssignment_1"
    // InternalTwin.g:7955:1: rule__PollSetting__PeriodAssignment_1 : ( ruleDuration ) ;
    public final void rule__PollSetting__PeriodAssignment_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:7959:1: ( ( ruleDuration ) )
            // InternalTwin.g:7960:2: ( ruleDuration )
            {
            // InternalTwin.g:7960:2: ( ruleDuration )
            // InternalTwin.g:7961:3: ruleDuration
            {
             before(grammarAccess.getPollSettingAccess().getPeriodDurationParserRuleCall_1_0()); 
            pushFollow(FOLLOW_2);
            ruleDuration();

            state._fsp--;

             after(grammarAccess.getPollSettingAccess().getPeriodDurationParserRuleCall_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PollSetting__PeriodAssignment_1"


    // $ANTLR start "rule__TimeoutSetting__PeriodAssignment_1"
    // InternalTwin.g:7970:1: rule__TimeoutSetting__PeriodAssignment_1 : ( ruleDuration ) ;
    public final void rule__TimeoutSetting__PeriodAssignment_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:7974:1: ( ( ruleDuration ) )
            // InternalTwin.g:7975:2: ( ruleDuration )
            {
            // InternalTwin.g:7975:2: ( ruleDuration )
            // InternalTwin.g:7976:3: ruleDuration
            {
             before(grammarAccess.getTimeoutSettingAccess().getPeriodDurationParserRuleCall_1_0()); 
            pushFollow(FOLLOW_2);
            ruleDuration();

            state._fsp--;

             after(grammarAccess.getTimeoutSettingAccess().getPeriodDurationParserRuleCall_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__TimeoutSetting__PeriodAssignment_1"


    // $ANTLR start "rule__RetriesSetting__CountAssignment_1"
    // InternalTwin.g:7985:1: rule__RetriesSetting__CountAssignment_1 : ( RULE_INT ) ;
    public final void rule__RetriesSetting__CountAssignment_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:7989:1: ( ( RULE_INT ) )
            // InternalTwin.g:7990:2: ( RULE_INT )
            {
            // InternalTwin.g:7990:2: ( RULE_INT )
            // InternalTwin.g:7991:3: RULE_INT
            {
             before(grammarAccess.getRetriesSettingAccess().getCountINTTerminalRuleCall_1_0()); 
            match(input,RULE_INT,FOLLOW_2); 
             after(grammarAccess.getRetriesSettingAccess().getCountINTTerminalRuleCall_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__RetriesSetting__CountAssignment_1"


    // $ANTLR start "rule__MaxRegistersSetting__CountAssignment_2"
    // InternalTwin.g:8000:1: rule__MaxRegistersSetting__CountAssignment_2 : ( RULE_INT ) ;
    public final void rule__MaxRegistersSetting__CountAssignment_2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:8004:1: ( ( RULE_INT ) )
            // InternalTwin.g:8005:2: ( RULE_INT )
            {
            // InternalTwin.g:8005:2: ( RULE_INT )
            // InternalTwin.g:8006:3: RULE_INT
            {
             before(grammarAccess.getMaxRegistersSettingAccess().getCountINTTerminalRuleCall_2_0()); 
            match(input,RULE_INT,FOLLOW_2); 
             after(grammarAccess.getMaxRegistersSettingAccess().getCountINTTerminalRuleCall_2_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__MaxRegistersSetting__CountAssignment_2"


    // $ANTLR start "rule__MaxGapSetting__CountAssignment_2"
    // InternalTwin.g:8015:1: rule__MaxGapSetting__CountAssignment_2 : ( RULE_INT ) ;
    public final void rule__MaxGapSetting__CountAssignment_2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:8019:1: ( ( RULE_INT ) )
            // InternalTwin.g:8020:2: ( RULE_INT )
            {
            // InternalTwin.g:8020:2: ( RULE_INT )
            // InternalTwin.g:8021:3: RULE_INT
            {
             before(grammarAccess.getMaxGapSettingAccess().getCountINTTerminalRuleCall_2_0()); 
            match(input,RULE_INT,FOLLOW_2); 
             after(grammarAccess.getMaxGapSettingAccess().getCountINTTerminalRuleCall_2_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__MaxGapSetting__CountAssignment_2"


    // $ANTLR start "rule__AddressingSetting__BaseAssignment_1"
    // InternalTwin.g:8030:1: rule__AddressingSetting__BaseAssignment_1 : ( ruleAddressBase ) ;
    public final void rule__AddressingSetting__BaseAssignment_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:8034:1: ( ( ruleAddressBase ) )
            // InternalTwin.g:8035:2: ( ruleAddressBase )
            {
            // InternalTwin.g:8035:2: ( ruleAddressBase )
            // InternalTwin.g:8036:3: ruleAddressBase
            {
             before(grammarAccess.getAddressingSettingAccess().getBaseAddressBaseEnumRuleCall_1_0()); 
            pushFollow(FOLLOW_2);
            ruleAddressBase();

            state._fsp--;

             after(grammarAccess.getAddressingSettingAccess().getBaseAddressBaseEnumRuleCall_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__AddressingSetting__BaseAssignment_1"


    // $ANTLR start "rule__SecuritySetting__PolicyAssignment_1"
    // InternalTwin.g:8045:1: rule__SecuritySetting__PolicyAssignment_1 : ( ruleSecurityPolicy ) ;
    public final void rule__SecuritySetting__PolicyAssignment_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:8049:1: ( ( ruleSecurityPolicy ) )
            // InternalTwin.g:8050:2: ( ruleSecurityPolicy )
            {
            // InternalTwin.g:8050:2: ( ruleSecurityPolicy )
            // InternalTwin.g:8051:3: ruleSecurityPolicy
            {
             before(grammarAccess.getSecuritySettingAccess().getPolicySecurityPolicyEnumRuleCall_1_0()); 
            pushFollow(FOLLOW_2);
            ruleSecurityPolicy();

            state._fsp--;

             after(grammarAccess.getSecuritySettingAccess().getPolicySecurityPolicyEnumRuleCall_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__SecuritySetting__PolicyAssignment_1"


    // $ANTLR start "rule__SecuritySetting__ModeAssignment_2"
    // InternalTwin.g:8060:1: rule__SecuritySetting__ModeAssignment_2 : ( ruleSecurityMode ) ;
    public final void rule__SecuritySetting__ModeAssignment_2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:8064:1: ( ( ruleSecurityMode ) )
            // InternalTwin.g:8065:2: ( ruleSecurityMode )
            {
            // InternalTwin.g:8065:2: ( ruleSecurityMode )
            // InternalTwin.g:8066:3: ruleSecurityMode
            {
             before(grammarAccess.getSecuritySettingAccess().getModeSecurityModeEnumRuleCall_2_0()); 
            pushFollow(FOLLOW_2);
            ruleSecurityMode();

            state._fsp--;

             after(grammarAccess.getSecuritySettingAccess().getModeSecurityModeEnumRuleCall_2_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__SecuritySetting__ModeAssignment_2"


    // $ANTLR start "rule__IdentitySetting__IdentityAssignment_1"
    // InternalTwin.g:8075:1: rule__IdentitySetting__IdentityAssignment_1 : ( ruleIdentity ) ;
    public final void rule__IdentitySetting__IdentityAssignment_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:8079:1: ( ( ruleIdentity ) )
            // InternalTwin.g:8080:2: ( ruleIdentity )
            {
            // InternalTwin.g:8080:2: ( ruleIdentity )
            // InternalTwin.g:8081:3: ruleIdentity
            {
             before(grammarAccess.getIdentitySettingAccess().getIdentityIdentityParserRuleCall_1_0()); 
            pushFollow(FOLLOW_2);
            ruleIdentity();

            state._fsp--;

             after(grammarAccess.getIdentitySettingAccess().getIdentityIdentityParserRuleCall_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__IdentitySetting__IdentityAssignment_1"


    // $ANTLR start "rule__Identity__UserAssignment_1_2"
    // InternalTwin.g:8090:1: rule__Identity__UserAssignment_1_2 : ( RULE_STRING ) ;
    public final void rule__Identity__UserAssignment_1_2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:8094:1: ( ( RULE_STRING ) )
            // InternalTwin.g:8095:2: ( RULE_STRING )
            {
            // InternalTwin.g:8095:2: ( RULE_STRING )
            // InternalTwin.g:8096:3: RULE_STRING
            {
             before(grammarAccess.getIdentityAccess().getUserSTRINGTerminalRuleCall_1_2_0()); 
            match(input,RULE_STRING,FOLLOW_2); 
             after(grammarAccess.getIdentityAccess().getUserSTRINGTerminalRuleCall_1_2_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Identity__UserAssignment_1_2"


    // $ANTLR start "rule__Identity__PasswordAssignment_1_4"
    // InternalTwin.g:8105:1: rule__Identity__PasswordAssignment_1_4 : ( ruleSecret ) ;
    public final void rule__Identity__PasswordAssignment_1_4() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:8109:1: ( ( ruleSecret ) )
            // InternalTwin.g:8110:2: ( ruleSecret )
            {
            // InternalTwin.g:8110:2: ( ruleSecret )
            // InternalTwin.g:8111:3: ruleSecret
            {
             before(grammarAccess.getIdentityAccess().getPasswordSecretParserRuleCall_1_4_0()); 
            pushFollow(FOLLOW_2);
            ruleSecret();

            state._fsp--;

             after(grammarAccess.getIdentityAccess().getPasswordSecretParserRuleCall_1_4_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Identity__PasswordAssignment_1_4"


    // $ANTLR start "rule__Secret__ReferenceAssignment_0_2"
    // InternalTwin.g:8120:1: rule__Secret__ReferenceAssignment_0_2 : ( RULE_STRING ) ;
    public final void rule__Secret__ReferenceAssignment_0_2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:8124:1: ( ( RULE_STRING ) )
            // InternalTwin.g:8125:2: ( RULE_STRING )
            {
            // InternalTwin.g:8125:2: ( RULE_STRING )
            // InternalTwin.g:8126:3: RULE_STRING
            {
             before(grammarAccess.getSecretAccess().getReferenceSTRINGTerminalRuleCall_0_2_0()); 
            match(input,RULE_STRING,FOLLOW_2); 
             after(grammarAccess.getSecretAccess().getReferenceSTRINGTerminalRuleCall_0_2_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Secret__ReferenceAssignment_0_2"


    // $ANTLR start "rule__Secret__LiteralAssignment_1_1"
    // InternalTwin.g:8135:1: rule__Secret__LiteralAssignment_1_1 : ( RULE_STRING ) ;
    public final void rule__Secret__LiteralAssignment_1_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:8139:1: ( ( RULE_STRING ) )
            // InternalTwin.g:8140:2: ( RULE_STRING )
            {
            // InternalTwin.g:8140:2: ( RULE_STRING )
            // InternalTwin.g:8141:3: RULE_STRING
            {
             before(grammarAccess.getSecretAccess().getLiteralSTRINGTerminalRuleCall_1_1_0()); 
            match(input,RULE_STRING,FOLLOW_2); 
             after(grammarAccess.getSecretAccess().getLiteralSTRINGTerminalRuleCall_1_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Secret__LiteralAssignment_1_1"


    // $ANTLR start "rule__SamplingSetting__PeriodAssignment_1"
    // InternalTwin.g:8150:1: rule__SamplingSetting__PeriodAssignment_1 : ( ruleDuration ) ;
    public final void rule__SamplingSetting__PeriodAssignment_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:8154:1: ( ( ruleDuration ) )
            // InternalTwin.g:8155:2: ( ruleDuration )
            {
            // InternalTwin.g:8155:2: ( ruleDuration )
            // InternalTwin.g:8156:3: ruleDuration
            {
             before(grammarAccess.getSamplingSettingAccess().getPeriodDurationParserRuleCall_1_0()); 
            pushFollow(FOLLOW_2);
            ruleDuration();

            state._fsp--;

             after(grammarAccess.getSamplingSettingAccess().getPeriodDurationParserRuleCall_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__SamplingSetting__PeriodAssignment_1"


    // $ANTLR start "rule__PublishingSetting__PeriodAssignment_1"
    // InternalTwin.g:8165:1: rule__PublishingSetting__PeriodAssignment_1 : ( ruleDuration ) ;
    public final void rule__PublishingSetting__PeriodAssignment_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:8169:1: ( ( ruleDuration ) )
            // InternalTwin.g:8170:2: ( ruleDuration )
            {
            // InternalTwin.g:8170:2: ( ruleDuration )
            // InternalTwin.g:8171:3: ruleDuration
            {
             before(grammarAccess.getPublishingSettingAccess().getPeriodDurationParserRuleCall_1_0()); 
            pushFollow(FOLLOW_2);
            ruleDuration();

            state._fsp--;

             after(grammarAccess.getPublishingSettingAccess().getPeriodDurationParserRuleCall_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PublishingSetting__PeriodAssignment_1"


    // $ANTLR start "rule__Mapping__ConnectionAssignment_1"
    // InternalTwin.g:8180:1: rule__Mapping__ConnectionAssignment_1 : ( ( RULE_ID ) ) ;
    public final void rule__Mapping__ConnectionAssignment_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:8184:1: ( ( ( RULE_ID ) ) )
            // InternalTwin.g:8185:2: ( ( RULE_ID ) )
            {
            // InternalTwin.g:8185:2: ( ( RULE_ID ) )
            // InternalTwin.g:8186:3: ( RULE_ID )
            {
             before(grammarAccess.getMappingAccess().getConnectionConnectionCrossReference_1_0()); 
            // InternalTwin.g:8187:3: ( RULE_ID )
            // InternalTwin.g:8188:4: RULE_ID
            {
             before(grammarAccess.getMappingAccess().getConnectionConnectionIDTerminalRuleCall_1_0_1()); 
            match(input,RULE_ID,FOLLOW_2); 
             after(grammarAccess.getMappingAccess().getConnectionConnectionIDTerminalRuleCall_1_0_1()); 

            }

             after(grammarAccess.getMappingAccess().getConnectionConnectionCrossReference_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Mapping__ConnectionAssignment_1"


    // $ANTLR start "rule__Mapping__SourceAssignment_2"
    // InternalTwin.g:8199:1: rule__Mapping__SourceAssignment_2 : ( ruleSource ) ;
    public final void rule__Mapping__SourceAssignment_2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:8203:1: ( ( ruleSource ) )
            // InternalTwin.g:8204:2: ( ruleSource )
            {
            // InternalTwin.g:8204:2: ( ruleSource )
            // InternalTwin.g:8205:3: ruleSource
            {
             before(grammarAccess.getMappingAccess().getSourceSourceParserRuleCall_2_0()); 
            pushFollow(FOLLOW_2);
            ruleSource();

            state._fsp--;

             after(grammarAccess.getMappingAccess().getSourceSourceParserRuleCall_2_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Mapping__SourceAssignment_2"


    // $ANTLR start "rule__Mapping__DataTypeAssignment_3"
    // InternalTwin.g:8214:1: rule__Mapping__DataTypeAssignment_3 : ( ruleDataType ) ;
    public final void rule__Mapping__DataTypeAssignment_3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:8218:1: ( ( ruleDataType ) )
            // InternalTwin.g:8219:2: ( ruleDataType )
            {
            // InternalTwin.g:8219:2: ( ruleDataType )
            // InternalTwin.g:8220:3: ruleDataType
            {
             before(grammarAccess.getMappingAccess().getDataTypeDataTypeParserRuleCall_3_0()); 
            pushFollow(FOLLOW_2);
            ruleDataType();

            state._fsp--;

             after(grammarAccess.getMappingAccess().getDataTypeDataTypeParserRuleCall_3_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Mapping__DataTypeAssignment_3"


    // $ANTLR start "rule__Mapping__TagAssignment_4"
    // InternalTwin.g:8229:1: rule__Mapping__TagAssignment_4 : ( RULE_STRING ) ;
    public final void rule__Mapping__TagAssignment_4() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:8233:1: ( ( RULE_STRING ) )
            // InternalTwin.g:8234:2: ( RULE_STRING )
            {
            // InternalTwin.g:8234:2: ( RULE_STRING )
            // InternalTwin.g:8235:3: RULE_STRING
            {
             before(grammarAccess.getMappingAccess().getTagSTRINGTerminalRuleCall_4_0()); 
            match(input,RULE_STRING,FOLLOW_2); 
             after(grammarAccess.getMappingAccess().getTagSTRINGTerminalRuleCall_4_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Mapping__TagAssignment_4"


    // $ANTLR start "rule__Mapping__SignalAssignment_6"
    // InternalTwin.g:8244:1: rule__Mapping__SignalAssignment_6 : ( ( ruleQualifiedName ) ) ;
    public final void rule__Mapping__SignalAssignment_6() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:8248:1: ( ( ( ruleQualifiedName ) ) )
            // InternalTwin.g:8249:2: ( ( ruleQualifiedName ) )
            {
            // InternalTwin.g:8249:2: ( ( ruleQualifiedName ) )
            // InternalTwin.g:8250:3: ( ruleQualifiedName )
            {
             before(grammarAccess.getMappingAccess().getSignalSignalCrossReference_6_0()); 
            // InternalTwin.g:8251:3: ( ruleQualifiedName )
            // InternalTwin.g:8252:4: ruleQualifiedName
            {
             before(grammarAccess.getMappingAccess().getSignalSignalQualifiedNameParserRuleCall_6_0_1()); 
            pushFollow(FOLLOW_2);
            ruleQualifiedName();

            state._fsp--;

             after(grammarAccess.getMappingAccess().getSignalSignalQualifiedNameParserRuleCall_6_0_1()); 

            }

             after(grammarAccess.getMappingAccess().getSignalSignalCrossReference_6_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Mapping__SignalAssignment_6"


    // $ANTLR start "rule__Mapping__OptionsAssignment_7_1_0"
    // InternalTwin.g:8263:1: rule__Mapping__OptionsAssignment_7_1_0 : ( ruleMappingOption ) ;
    public final void rule__Mapping__OptionsAssignment_7_1_0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:8267:1: ( ( ruleMappingOption ) )
            // InternalTwin.g:8268:2: ( ruleMappingOption )
            {
            // InternalTwin.g:8268:2: ( ruleMappingOption )
            // InternalTwin.g:8269:3: ruleMappingOption
            {
             before(grammarAccess.getMappingAccess().getOptionsMappingOptionParserRuleCall_7_1_0_0()); 
            pushFollow(FOLLOW_2);
            ruleMappingOption();

            state._fsp--;

             after(grammarAccess.getMappingAccess().getOptionsMappingOptionParserRuleCall_7_1_0_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Mapping__OptionsAssignment_7_1_0"


    // $ANTLR start "rule__Mapping__OptionsAssignment_7_1_1_1"
    // InternalTwin.g:8278:1: rule__Mapping__OptionsAssignment_7_1_1_1 : ( ruleMappingOption ) ;
    public final void rule__Mapping__OptionsAssignment_7_1_1_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:8282:1: ( ( ruleMappingOption ) )
            // InternalTwin.g:8283:2: ( ruleMappingOption )
            {
            // InternalTwin.g:8283:2: ( ruleMappingOption )
            // InternalTwin.g:8284:3: ruleMappingOption
            {
             before(grammarAccess.getMappingAccess().getOptionsMappingOptionParserRuleCall_7_1_1_1_0()); 
            pushFollow(FOLLOW_2);
            ruleMappingOption();

            state._fsp--;

             after(grammarAccess.getMappingAccess().getOptionsMappingOptionParserRuleCall_7_1_1_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Mapping__OptionsAssignment_7_1_1_1"


    // $ANTLR start "rule__NodeId__NodeIdAssignment"
    // InternalTwin.g:8293:1: rule__NodeId__NodeIdAssignment : ( RULE_STRING ) ;
    public final void rule__NodeId__NodeIdAssignment() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:8297:1: ( ( RULE_STRING ) )
            // InternalTwin.g:8298:2: ( RULE_STRING )
            {
            // InternalTwin.g:8298:2: ( RULE_STRING )
            // InternalTwin.g:8299:3: RULE_STRING
            {
             before(grammarAccess.getNodeIdAccess().getNodeIdSTRINGTerminalRuleCall_0()); 
            match(input,RULE_STRING,FOLLOW_2); 
             after(grammarAccess.getNodeIdAccess().getNodeIdSTRINGTerminalRuleCall_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__NodeId__NodeIdAssignment"


    // $ANTLR start "rule__ModbusAddress__SpaceAssignment_0_1"
    // InternalTwin.g:8308:1: rule__ModbusAddress__SpaceAssignment_0_1 : ( ruleRegisterSpace ) ;
    public final void rule__ModbusAddress__SpaceAssignment_0_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:8312:1: ( ( ruleRegisterSpace ) )
            // InternalTwin.g:8313:2: ( ruleRegisterSpace )
            {
            // InternalTwin.g:8313:2: ( ruleRegisterSpace )
            // InternalTwin.g:8314:3: ruleRegisterSpace
            {
             before(grammarAccess.getModbusAddressAccess().getSpaceRegisterSpaceEnumRuleCall_0_1_0()); 
            pushFollow(FOLLOW_2);
            ruleRegisterSpace();

            state._fsp--;

             after(grammarAccess.getModbusAddressAccess().getSpaceRegisterSpaceEnumRuleCall_0_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ModbusAddress__SpaceAssignment_0_1"


    // $ANTLR start "rule__ModbusAddress__NumberAssignment_0_2"
    // InternalTwin.g:8323:1: rule__ModbusAddress__NumberAssignment_0_2 : ( ruleDigits ) ;
    public final void rule__ModbusAddress__NumberAssignment_0_2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:8327:1: ( ( ruleDigits ) )
            // InternalTwin.g:8328:2: ( ruleDigits )
            {
            // InternalTwin.g:8328:2: ( ruleDigits )
            // InternalTwin.g:8329:3: ruleDigits
            {
             before(grammarAccess.getModbusAddressAccess().getNumberDigitsParserRuleCall_0_2_0()); 
            pushFollow(FOLLOW_2);
            ruleDigits();

            state._fsp--;

             after(grammarAccess.getModbusAddressAccess().getNumberDigitsParserRuleCall_0_2_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ModbusAddress__NumberAssignment_0_2"


    // $ANTLR start "rule__ModbusAddress__TextAssignment_1_1"
    // InternalTwin.g:8338:1: rule__ModbusAddress__TextAssignment_1_1 : ( ruleDigits ) ;
    public final void rule__ModbusAddress__TextAssignment_1_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:8342:1: ( ( ruleDigits ) )
            // InternalTwin.g:8343:2: ( ruleDigits )
            {
            // InternalTwin.g:8343:2: ( ruleDigits )
            // InternalTwin.g:8344:3: ruleDigits
            {
             before(grammarAccess.getModbusAddressAccess().getTextDigitsParserRuleCall_1_1_0()); 
            pushFollow(FOLLOW_2);
            ruleDigits();

            state._fsp--;

             after(grammarAccess.getModbusAddressAccess().getTextDigitsParserRuleCall_1_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ModbusAddress__TextAssignment_1_1"


    // $ANTLR start "rule__ModbusAddress__TextAssignment_2_1"
    // InternalTwin.g:8353:1: rule__ModbusAddress__TextAssignment_2_1 : ( RULE_MODICON_X ) ;
    public final void rule__ModbusAddress__TextAssignment_2_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:8357:1: ( ( RULE_MODICON_X ) )
            // InternalTwin.g:8358:2: ( RULE_MODICON_X )
            {
            // InternalTwin.g:8358:2: ( RULE_MODICON_X )
            // InternalTwin.g:8359:3: RULE_MODICON_X
            {
             before(grammarAccess.getModbusAddressAccess().getTextMODICON_XTerminalRuleCall_2_1_0()); 
            match(input,RULE_MODICON_X,FOLLOW_2); 
             after(grammarAccess.getModbusAddressAccess().getTextMODICON_XTerminalRuleCall_2_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ModbusAddress__TextAssignment_2_1"


    // $ANTLR start "rule__Plc4xAddress__SpaceAssignment_0"
    // InternalTwin.g:8368:1: rule__Plc4xAddress__SpaceAssignment_0 : ( rulePlc4xSpace ) ;
    public final void rule__Plc4xAddress__SpaceAssignment_0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:8372:1: ( ( rulePlc4xSpace ) )
            // InternalTwin.g:8373:2: ( rulePlc4xSpace )
            {
            // InternalTwin.g:8373:2: ( rulePlc4xSpace )
            // InternalTwin.g:8374:3: rulePlc4xSpace
            {
             before(grammarAccess.getPlc4xAddressAccess().getSpacePlc4xSpaceEnumRuleCall_0_0()); 
            pushFollow(FOLLOW_2);
            rulePlc4xSpace();

            state._fsp--;

             after(grammarAccess.getPlc4xAddressAccess().getSpacePlc4xSpaceEnumRuleCall_0_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plc4xAddress__SpaceAssignment_0"


    // $ANTLR start "rule__Plc4xAddress__NumberAssignment_2"
    // InternalTwin.g:8383:1: rule__Plc4xAddress__NumberAssignment_2 : ( ruleDigits ) ;
    public final void rule__Plc4xAddress__NumberAssignment_2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:8387:1: ( ( ruleDigits ) )
            // InternalTwin.g:8388:2: ( ruleDigits )
            {
            // InternalTwin.g:8388:2: ( ruleDigits )
            // InternalTwin.g:8389:3: ruleDigits
            {
             before(grammarAccess.getPlc4xAddressAccess().getNumberDigitsParserRuleCall_2_0()); 
            pushFollow(FOLLOW_2);
            ruleDigits();

            state._fsp--;

             after(grammarAccess.getPlc4xAddressAccess().getNumberDigitsParserRuleCall_2_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plc4xAddress__NumberAssignment_2"


    // $ANTLR start "rule__Plc4xAddress__TypeNameAssignment_3_1"
    // InternalTwin.g:8398:1: rule__Plc4xAddress__TypeNameAssignment_3_1 : ( RULE_ID ) ;
    public final void rule__Plc4xAddress__TypeNameAssignment_3_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:8402:1: ( ( RULE_ID ) )
            // InternalTwin.g:8403:2: ( RULE_ID )
            {
            // InternalTwin.g:8403:2: ( RULE_ID )
            // InternalTwin.g:8404:3: RULE_ID
            {
             before(grammarAccess.getPlc4xAddressAccess().getTypeNameIDTerminalRuleCall_3_1_0()); 
            match(input,RULE_ID,FOLLOW_2); 
             after(grammarAccess.getPlc4xAddressAccess().getTypeNameIDTerminalRuleCall_3_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plc4xAddress__TypeNameAssignment_3_1"


    // $ANTLR start "rule__DataType__KindAssignment_0_1"
    // InternalTwin.g:8413:1: rule__DataType__KindAssignment_0_1 : ( ruleScalarKind ) ;
    public final void rule__DataType__KindAssignment_0_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:8417:1: ( ( ruleScalarKind ) )
            // InternalTwin.g:8418:2: ( ruleScalarKind )
            {
            // InternalTwin.g:8418:2: ( ruleScalarKind )
            // InternalTwin.g:8419:3: ruleScalarKind
            {
             before(grammarAccess.getDataTypeAccess().getKindScalarKindEnumRuleCall_0_1_0()); 
            pushFollow(FOLLOW_2);
            ruleScalarKind();

            state._fsp--;

             after(grammarAccess.getDataTypeAccess().getKindScalarKindEnumRuleCall_0_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__DataType__KindAssignment_0_1"


    // $ANTLR start "rule__DataType__RegistersAssignment_1_3"
    // InternalTwin.g:8428:1: rule__DataType__RegistersAssignment_1_3 : ( RULE_INT ) ;
    public final void rule__DataType__RegistersAssignment_1_3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:8432:1: ( ( RULE_INT ) )
            // InternalTwin.g:8433:2: ( RULE_INT )
            {
            // InternalTwin.g:8433:2: ( RULE_INT )
            // InternalTwin.g:8434:3: RULE_INT
            {
             before(grammarAccess.getDataTypeAccess().getRegistersINTTerminalRuleCall_1_3_0()); 
            match(input,RULE_INT,FOLLOW_2); 
             after(grammarAccess.getDataTypeAccess().getRegistersINTTerminalRuleCall_1_3_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__DataType__RegistersAssignment_1_3"


    // $ANTLR start "rule__DataType__BitAssignment_2_2"
    // InternalTwin.g:8443:1: rule__DataType__BitAssignment_2_2 : ( RULE_INT ) ;
    public final void rule__DataType__BitAssignment_2_2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:8447:1: ( ( RULE_INT ) )
            // InternalTwin.g:8448:2: ( RULE_INT )
            {
            // InternalTwin.g:8448:2: ( RULE_INT )
            // InternalTwin.g:8449:3: RULE_INT
            {
             before(grammarAccess.getDataTypeAccess().getBitINTTerminalRuleCall_2_2_0()); 
            match(input,RULE_INT,FOLLOW_2); 
             after(grammarAccess.getDataTypeAccess().getBitINTTerminalRuleCall_2_2_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__DataType__BitAssignment_2_2"


    // $ANTLR start "rule__ScaleOption__FactorAssignment_1"
    // InternalTwin.g:8458:1: rule__ScaleOption__FactorAssignment_1 : ( ruleNumber ) ;
    public final void rule__ScaleOption__FactorAssignment_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:8462:1: ( ( ruleNumber ) )
            // InternalTwin.g:8463:2: ( ruleNumber )
            {
            // InternalTwin.g:8463:2: ( ruleNumber )
            // InternalTwin.g:8464:3: ruleNumber
            {
             before(grammarAccess.getScaleOptionAccess().getFactorNumberParserRuleCall_1_0()); 
            pushFollow(FOLLOW_2);
            ruleNumber();

            state._fsp--;

             after(grammarAccess.getScaleOptionAccess().getFactorNumberParserRuleCall_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ScaleOption__FactorAssignment_1"


    // $ANTLR start "rule__OffsetOption__OffsetAssignment_1"
    // InternalTwin.g:8473:1: rule__OffsetOption__OffsetAssignment_1 : ( ruleNumber ) ;
    public final void rule__OffsetOption__OffsetAssignment_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:8477:1: ( ( ruleNumber ) )
            // InternalTwin.g:8478:2: ( ruleNumber )
            {
            // InternalTwin.g:8478:2: ( ruleNumber )
            // InternalTwin.g:8479:3: ruleNumber
            {
             before(grammarAccess.getOffsetOptionAccess().getOffsetNumberParserRuleCall_1_0()); 
            pushFollow(FOLLOW_2);
            ruleNumber();

            state._fsp--;

             after(grammarAccess.getOffsetOptionAccess().getOffsetNumberParserRuleCall_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__OffsetOption__OffsetAssignment_1"


    // $ANTLR start "rule__UnitOption__UnitAssignment_1"
    // InternalTwin.g:8488:1: rule__UnitOption__UnitAssignment_1 : ( ruleUnitName ) ;
    public final void rule__UnitOption__UnitAssignment_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:8492:1: ( ( ruleUnitName ) )
            // InternalTwin.g:8493:2: ( ruleUnitName )
            {
            // InternalTwin.g:8493:2: ( ruleUnitName )
            // InternalTwin.g:8494:3: ruleUnitName
            {
             before(grammarAccess.getUnitOptionAccess().getUnitUnitNameParserRuleCall_1_0()); 
            pushFollow(FOLLOW_2);
            ruleUnitName();

            state._fsp--;

             after(grammarAccess.getUnitOptionAccess().getUnitUnitNameParserRuleCall_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__UnitOption__UnitAssignment_1"


    // $ANTLR start "rule__ValidOption__MinimumAssignment_1"
    // InternalTwin.g:8503:1: rule__ValidOption__MinimumAssignment_1 : ( ruleNumber ) ;
    public final void rule__ValidOption__MinimumAssignment_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:8507:1: ( ( ruleNumber ) )
            // InternalTwin.g:8508:2: ( ruleNumber )
            {
            // InternalTwin.g:8508:2: ( ruleNumber )
            // InternalTwin.g:8509:3: ruleNumber
            {
             before(grammarAccess.getValidOptionAccess().getMinimumNumberParserRuleCall_1_0()); 
            pushFollow(FOLLOW_2);
            ruleNumber();

            state._fsp--;

             after(grammarAccess.getValidOptionAccess().getMinimumNumberParserRuleCall_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ValidOption__MinimumAssignment_1"


    // $ANTLR start "rule__ValidOption__MaximumAssignment_3"
    // InternalTwin.g:8518:1: rule__ValidOption__MaximumAssignment_3 : ( ruleNumber ) ;
    public final void rule__ValidOption__MaximumAssignment_3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:8522:1: ( ( ruleNumber ) )
            // InternalTwin.g:8523:2: ( ruleNumber )
            {
            // InternalTwin.g:8523:2: ( ruleNumber )
            // InternalTwin.g:8524:3: ruleNumber
            {
             before(grammarAccess.getValidOptionAccess().getMaximumNumberParserRuleCall_3_0()); 
            pushFollow(FOLLOW_2);
            ruleNumber();

            state._fsp--;

             after(grammarAccess.getValidOptionAccess().getMaximumNumberParserRuleCall_3_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ValidOption__MaximumAssignment_3"


    // $ANTLR start "rule__DeadbandOption__DeadbandAssignment_1"
    // InternalTwin.g:8533:1: rule__DeadbandOption__DeadbandAssignment_1 : ( ruleNumber ) ;
    public final void rule__DeadbandOption__DeadbandAssignment_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:8537:1: ( ( ruleNumber ) )
            // InternalTwin.g:8538:2: ( ruleNumber )
            {
            // InternalTwin.g:8538:2: ( ruleNumber )
            // InternalTwin.g:8539:3: ruleNumber
            {
             before(grammarAccess.getDeadbandOptionAccess().getDeadbandNumberParserRuleCall_1_0()); 
            pushFollow(FOLLOW_2);
            ruleNumber();

            state._fsp--;

             after(grammarAccess.getDeadbandOptionAccess().getDeadbandNumberParserRuleCall_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__DeadbandOption__DeadbandAssignment_1"


    // $ANTLR start "rule__Alignment__TargetsAssignment_1"
    // InternalTwin.g:8548:1: rule__Alignment__TargetsAssignment_1 : ( ruleAlignTarget ) ;
    public final void rule__Alignment__TargetsAssignment_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:8552:1: ( ( ruleAlignTarget ) )
            // InternalTwin.g:8553:2: ( ruleAlignTarget )
            {
            // InternalTwin.g:8553:2: ( ruleAlignTarget )
            // InternalTwin.g:8554:3: ruleAlignTarget
            {
             before(grammarAccess.getAlignmentAccess().getTargetsAlignTargetParserRuleCall_1_0()); 
            pushFollow(FOLLOW_2);
            ruleAlignTarget();

            state._fsp--;

             after(grammarAccess.getAlignmentAccess().getTargetsAlignTargetParserRuleCall_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Alignment__TargetsAssignment_1"


    // $ANTLR start "rule__Alignment__TargetsAssignment_2_1"
    // InternalTwin.g:8563:1: rule__Alignment__TargetsAssignment_2_1 : ( ruleAlignTarget ) ;
    public final void rule__Alignment__TargetsAssignment_2_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:8567:1: ( ( ruleAlignTarget ) )
            // InternalTwin.g:8568:2: ( ruleAlignTarget )
            {
            // InternalTwin.g:8568:2: ( ruleAlignTarget )
            // InternalTwin.g:8569:3: ruleAlignTarget
            {
             before(grammarAccess.getAlignmentAccess().getTargetsAlignTargetParserRuleCall_2_1_0()); 
            pushFollow(FOLLOW_2);
            ruleAlignTarget();

            state._fsp--;

             after(grammarAccess.getAlignmentAccess().getTargetsAlignTargetParserRuleCall_2_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Alignment__TargetsAssignment_2_1"


    // $ANTLR start "rule__Alignment__PeriodAssignment_4"
    // InternalTwin.g:8578:1: rule__Alignment__PeriodAssignment_4 : ( ruleDuration ) ;
    public final void rule__Alignment__PeriodAssignment_4() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:8582:1: ( ( ruleDuration ) )
            // InternalTwin.g:8583:2: ( ruleDuration )
            {
            // InternalTwin.g:8583:2: ( ruleDuration )
            // InternalTwin.g:8584:3: ruleDuration
            {
             before(grammarAccess.getAlignmentAccess().getPeriodDurationParserRuleCall_4_0()); 
            pushFollow(FOLLOW_2);
            ruleDuration();

            state._fsp--;

             after(grammarAccess.getAlignmentAccess().getPeriodDurationParserRuleCall_4_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Alignment__PeriodAssignment_4"


    // $ANTLR start "rule__Alignment__MethodAssignment_6"
    // InternalTwin.g:8593:1: rule__Alignment__MethodAssignment_6 : ( ruleAlignMethod ) ;
    public final void rule__Alignment__MethodAssignment_6() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:8597:1: ( ( ruleAlignMethod ) )
            // InternalTwin.g:8598:2: ( ruleAlignMethod )
            {
            // InternalTwin.g:8598:2: ( ruleAlignMethod )
            // InternalTwin.g:8599:3: ruleAlignMethod
            {
             before(grammarAccess.getAlignmentAccess().getMethodAlignMethodEnumRuleCall_6_0()); 
            pushFollow(FOLLOW_2);
            ruleAlignMethod();

            state._fsp--;

             after(grammarAccess.getAlignmentAccess().getMethodAlignMethodEnumRuleCall_6_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Alignment__MethodAssignment_6"


    // $ANTLR start "rule__Alignment__StaleAfterAssignment_7_3"
    // InternalTwin.g:8608:1: rule__Alignment__StaleAfterAssignment_7_3 : ( ruleDuration ) ;
    public final void rule__Alignment__StaleAfterAssignment_7_3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:8612:1: ( ( ruleDuration ) )
            // InternalTwin.g:8613:2: ( ruleDuration )
            {
            // InternalTwin.g:8613:2: ( ruleDuration )
            // InternalTwin.g:8614:3: ruleDuration
            {
             before(grammarAccess.getAlignmentAccess().getStaleAfterDurationParserRuleCall_7_3_0()); 
            pushFollow(FOLLOW_2);
            ruleDuration();

            state._fsp--;

             after(grammarAccess.getAlignmentAccess().getStaleAfterDurationParserRuleCall_7_3_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Alignment__StaleAfterAssignment_7_3"


    // $ANTLR start "rule__AlignTarget__EquipmentAssignment_0_1"
    // InternalTwin.g:8623:1: rule__AlignTarget__EquipmentAssignment_0_1 : ( ( ruleQualifiedName ) ) ;
    public final void rule__AlignTarget__EquipmentAssignment_0_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:8627:1: ( ( ( ruleQualifiedName ) ) )
            // InternalTwin.g:8628:2: ( ( ruleQualifiedName ) )
            {
            // InternalTwin.g:8628:2: ( ( ruleQualifiedName ) )
            // InternalTwin.g:8629:3: ( ruleQualifiedName )
            {
             before(grammarAccess.getAlignTargetAccess().getEquipmentEquipmentCrossReference_0_1_0()); 
            // InternalTwin.g:8630:3: ( ruleQualifiedName )
            // InternalTwin.g:8631:4: ruleQualifiedName
            {
             before(grammarAccess.getAlignTargetAccess().getEquipmentEquipmentQualifiedNameParserRuleCall_0_1_0_1()); 
            pushFollow(FOLLOW_2);
            ruleQualifiedName();

            state._fsp--;

             after(grammarAccess.getAlignTargetAccess().getEquipmentEquipmentQualifiedNameParserRuleCall_0_1_0_1()); 

            }

             after(grammarAccess.getAlignTargetAccess().getEquipmentEquipmentCrossReference_0_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__AlignTarget__EquipmentAssignment_0_1"


    // $ANTLR start "rule__AlignTarget__SignalAssignment_1_1"
    // InternalTwin.g:8642:1: rule__AlignTarget__SignalAssignment_1_1 : ( ( ruleQualifiedName ) ) ;
    public final void rule__AlignTarget__SignalAssignment_1_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:8646:1: ( ( ( ruleQualifiedName ) ) )
            // InternalTwin.g:8647:2: ( ( ruleQualifiedName ) )
            {
            // InternalTwin.g:8647:2: ( ( ruleQualifiedName ) )
            // InternalTwin.g:8648:3: ( ruleQualifiedName )
            {
             before(grammarAccess.getAlignTargetAccess().getSignalSignalCrossReference_1_1_0()); 
            // InternalTwin.g:8649:3: ( ruleQualifiedName )
            // InternalTwin.g:8650:4: ruleQualifiedName
            {
             before(grammarAccess.getAlignTargetAccess().getSignalSignalQualifiedNameParserRuleCall_1_1_0_1()); 
            pushFollow(FOLLOW_2);
            ruleQualifiedName();

            state._fsp--;

             after(grammarAccess.getAlignTargetAccess().getSignalSignalQualifiedNameParserRuleCall_1_1_0_1()); 

            }

             after(grammarAccess.getAlignTargetAccess().getSignalSignalCrossReference_1_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__AlignTarget__SignalAssignment_1_1"


    // $ANTLR start "rule__Alarm__NameAssignment_1"
    // InternalTwin.g:8661:1: rule__Alarm__NameAssignment_1 : ( RULE_ID ) ;
    public final void rule__Alarm__NameAssignment_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:8665:1: ( ( RULE_ID ) )
            // InternalTwin.g:8666:2: ( RULE_ID )
            {
            // InternalTwin.g:8666:2: ( RULE_ID )
            // InternalTwin.g:8667:3: RULE_ID
            {
             before(grammarAccess.getAlarmAccess().getNameIDTerminalRuleCall_1_0()); 
            match(input,RULE_ID,FOLLOW_2); 
             after(grammarAccess.getAlarmAccess().getNameIDTerminalRuleCall_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Alarm__NameAssignment_1"


    // $ANTLR start "rule__Alarm__SignalAssignment_3"
    // InternalTwin.g:8676:1: rule__Alarm__SignalAssignment_3 : ( ( ruleQualifiedName ) ) ;
    public final void rule__Alarm__SignalAssignment_3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:8680:1: ( ( ( ruleQualifiedName ) ) )
            // InternalTwin.g:8681:2: ( ( ruleQualifiedName ) )
            {
            // InternalTwin.g:8681:2: ( ( ruleQualifiedName ) )
            // InternalTwin.g:8682:3: ( ruleQualifiedName )
            {
             before(grammarAccess.getAlarmAccess().getSignalSignalCrossReference_3_0()); 
            // InternalTwin.g:8683:3: ( ruleQualifiedName )
            // InternalTwin.g:8684:4: ruleQualifiedName
            {
             before(grammarAccess.getAlarmAccess().getSignalSignalQualifiedNameParserRuleCall_3_0_1()); 
            pushFollow(FOLLOW_2);
            ruleQualifiedName();

            state._fsp--;

             after(grammarAccess.getAlarmAccess().getSignalSignalQualifiedNameParserRuleCall_3_0_1()); 

            }

             after(grammarAccess.getAlarmAccess().getSignalSignalCrossReference_3_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Alarm__SignalAssignment_3"


    // $ANTLR start "rule__Alarm__ComparisonAssignment_4"
    // InternalTwin.g:8695:1: rule__Alarm__ComparisonAssignment_4 : ( ruleComparison ) ;
    public final void rule__Alarm__ComparisonAssignment_4() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:8699:1: ( ( ruleComparison ) )
            // InternalTwin.g:8700:2: ( ruleComparison )
            {
            // InternalTwin.g:8700:2: ( ruleComparison )
            // InternalTwin.g:8701:3: ruleComparison
            {
             before(grammarAccess.getAlarmAccess().getComparisonComparisonEnumRuleCall_4_0()); 
            pushFollow(FOLLOW_2);
            ruleComparison();

            state._fsp--;

             after(grammarAccess.getAlarmAccess().getComparisonComparisonEnumRuleCall_4_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Alarm__ComparisonAssignment_4"


    // $ANTLR start "rule__Alarm__ThresholdAssignment_5"
    // InternalTwin.g:8710:1: rule__Alarm__ThresholdAssignment_5 : ( ruleMeasure ) ;
    public final void rule__Alarm__ThresholdAssignment_5() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:8714:1: ( ( ruleMeasure ) )
            // InternalTwin.g:8715:2: ( ruleMeasure )
            {
            // InternalTwin.g:8715:2: ( ruleMeasure )
            // InternalTwin.g:8716:3: ruleMeasure
            {
             before(grammarAccess.getAlarmAccess().getThresholdMeasureParserRuleCall_5_0()); 
            pushFollow(FOLLOW_2);
            ruleMeasure();

            state._fsp--;

             after(grammarAccess.getAlarmAccess().getThresholdMeasureParserRuleCall_5_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Alarm__ThresholdAssignment_5"


    // $ANTLR start "rule__Alarm__OptionsAssignment_6_1"
    // InternalTwin.g:8725:1: rule__Alarm__OptionsAssignment_6_1 : ( ruleAlarmOption ) ;
    public final void rule__Alarm__OptionsAssignment_6_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:8729:1: ( ( ruleAlarmOption ) )
            // InternalTwin.g:8730:2: ( ruleAlarmOption )
            {
            // InternalTwin.g:8730:2: ( ruleAlarmOption )
            // InternalTwin.g:8731:3: ruleAlarmOption
            {
             before(grammarAccess.getAlarmAccess().getOptionsAlarmOptionParserRuleCall_6_1_0()); 
            pushFollow(FOLLOW_2);
            ruleAlarmOption();

            state._fsp--;

             after(grammarAccess.getAlarmAccess().getOptionsAlarmOptionParserRuleCall_6_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Alarm__OptionsAssignment_6_1"


    // $ANTLR start "rule__AlarmOption__DwellAssignment_0_2"
    // InternalTwin.g:8740:1: rule__AlarmOption__DwellAssignment_0_2 : ( ruleDuration ) ;
    public final void rule__AlarmOption__DwellAssignment_0_2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:8744:1: ( ( ruleDuration ) )
            // InternalTwin.g:8745:2: ( ruleDuration )
            {
            // InternalTwin.g:8745:2: ( ruleDuration )
            // InternalTwin.g:8746:3: ruleDuration
            {
             before(grammarAccess.getAlarmOptionAccess().getDwellDurationParserRuleCall_0_2_0()); 
            pushFollow(FOLLOW_2);
            ruleDuration();

            state._fsp--;

             after(grammarAccess.getAlarmOptionAccess().getDwellDurationParserRuleCall_0_2_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__AlarmOption__DwellAssignment_0_2"


    // $ANTLR start "rule__AlarmOption__DirectionAssignment_1_2"
    // InternalTwin.g:8755:1: rule__AlarmOption__DirectionAssignment_1_2 : ( ruleClearDirection ) ;
    public final void rule__AlarmOption__DirectionAssignment_1_2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:8759:1: ( ( ruleClearDirection ) )
            // InternalTwin.g:8760:2: ( ruleClearDirection )
            {
            // InternalTwin.g:8760:2: ( ruleClearDirection )
            // InternalTwin.g:8761:3: ruleClearDirection
            {
             before(grammarAccess.getAlarmOptionAccess().getDirectionClearDirectionEnumRuleCall_1_2_0()); 
            pushFollow(FOLLOW_2);
            ruleClearDirection();

            state._fsp--;

             after(grammarAccess.getAlarmOptionAccess().getDirectionClearDirectionEnumRuleCall_1_2_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__AlarmOption__DirectionAssignment_1_2"


    // $ANTLR start "rule__AlarmOption__LevelAssignment_1_3"
    // InternalTwin.g:8770:1: rule__AlarmOption__LevelAssignment_1_3 : ( ruleMeasure ) ;
    public final void rule__AlarmOption__LevelAssignment_1_3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:8774:1: ( ( ruleMeasure ) )
            // InternalTwin.g:8775:2: ( ruleMeasure )
            {
            // InternalTwin.g:8775:2: ( ruleMeasure )
            // InternalTwin.g:8776:3: ruleMeasure
            {
             before(grammarAccess.getAlarmOptionAccess().getLevelMeasureParserRuleCall_1_3_0()); 
            pushFollow(FOLLOW_2);
            ruleMeasure();

            state._fsp--;

             after(grammarAccess.getAlarmOptionAccess().getLevelMeasureParserRuleCall_1_3_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__AlarmOption__LevelAssignment_1_3"


    // $ANTLR start "rule__AlarmOption__SeverityAssignment_2_2"
    // InternalTwin.g:8785:1: rule__AlarmOption__SeverityAssignment_2_2 : ( RULE_INT ) ;
    public final void rule__AlarmOption__SeverityAssignment_2_2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:8789:1: ( ( RULE_INT ) )
            // InternalTwin.g:8790:2: ( RULE_INT )
            {
            // InternalTwin.g:8790:2: ( RULE_INT )
            // InternalTwin.g:8791:3: RULE_INT
            {
             before(grammarAccess.getAlarmOptionAccess().getSeverityINTTerminalRuleCall_2_2_0()); 
            match(input,RULE_INT,FOLLOW_2); 
             after(grammarAccess.getAlarmOptionAccess().getSeverityINTTerminalRuleCall_2_2_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__AlarmOption__SeverityAssignment_2_2"


    // $ANTLR start "rule__Overshoot__NameAssignment_1"
    // InternalTwin.g:8800:1: rule__Overshoot__NameAssignment_1 : ( RULE_ID ) ;
    public final void rule__Overshoot__NameAssignment_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:8804:1: ( ( RULE_ID ) )
            // InternalTwin.g:8805:2: ( RULE_ID )
            {
            // InternalTwin.g:8805:2: ( RULE_ID )
            // InternalTwin.g:8806:3: RULE_ID
            {
             before(grammarAccess.getOvershootAccess().getNameIDTerminalRuleCall_1_0()); 
            match(input,RULE_ID,FOLLOW_2); 
             after(grammarAccess.getOvershootAccess().getNameIDTerminalRuleCall_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Overshoot__NameAssignment_1"


    // $ANTLR start "rule__Overshoot__SignalAssignment_3"
    // InternalTwin.g:8815:1: rule__Overshoot__SignalAssignment_3 : ( ( ruleQualifiedName ) ) ;
    public final void rule__Overshoot__SignalAssignment_3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:8819:1: ( ( ( ruleQualifiedName ) ) )
            // InternalTwin.g:8820:2: ( ( ruleQualifiedName ) )
            {
            // InternalTwin.g:8820:2: ( ( ruleQualifiedName ) )
            // InternalTwin.g:8821:3: ( ruleQualifiedName )
            {
             before(grammarAccess.getOvershootAccess().getSignalSignalCrossReference_3_0()); 
            // InternalTwin.g:8822:3: ( ruleQualifiedName )
            // InternalTwin.g:8823:4: ruleQualifiedName
            {
             before(grammarAccess.getOvershootAccess().getSignalSignalQualifiedNameParserRuleCall_3_0_1()); 
            pushFollow(FOLLOW_2);
            ruleQualifiedName();

            state._fsp--;

             after(grammarAccess.getOvershootAccess().getSignalSignalQualifiedNameParserRuleCall_3_0_1()); 

            }

             after(grammarAccess.getOvershootAccess().getSignalSignalCrossReference_3_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Overshoot__SignalAssignment_3"


    // $ANTLR start "rule__Overshoot__SetpointAssignment_5"
    // InternalTwin.g:8834:1: rule__Overshoot__SetpointAssignment_5 : ( ( ruleQualifiedName ) ) ;
    public final void rule__Overshoot__SetpointAssignment_5() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:8838:1: ( ( ( ruleQualifiedName ) ) )
            // InternalTwin.g:8839:2: ( ( ruleQualifiedName ) )
            {
            // InternalTwin.g:8839:2: ( ( ruleQualifiedName ) )
            // InternalTwin.g:8840:3: ( ruleQualifiedName )
            {
             before(grammarAccess.getOvershootAccess().getSetpointSignalCrossReference_5_0()); 
            // InternalTwin.g:8841:3: ( ruleQualifiedName )
            // InternalTwin.g:8842:4: ruleQualifiedName
            {
             before(grammarAccess.getOvershootAccess().getSetpointSignalQualifiedNameParserRuleCall_5_0_1()); 
            pushFollow(FOLLOW_2);
            ruleQualifiedName();

            state._fsp--;

             after(grammarAccess.getOvershootAccess().getSetpointSignalQualifiedNameParserRuleCall_5_0_1()); 

            }

             after(grammarAccess.getOvershootAccess().getSetpointSignalCrossReference_5_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Overshoot__SetpointAssignment_5"


    // $ANTLR start "rule__Overshoot__LimitAssignment_7"
    // InternalTwin.g:8853:1: rule__Overshoot__LimitAssignment_7 : ( ruleMeasure ) ;
    public final void rule__Overshoot__LimitAssignment_7() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:8857:1: ( ( ruleMeasure ) )
            // InternalTwin.g:8858:2: ( ruleMeasure )
            {
            // InternalTwin.g:8858:2: ( ruleMeasure )
            // InternalTwin.g:8859:3: ruleMeasure
            {
             before(grammarAccess.getOvershootAccess().getLimitMeasureParserRuleCall_7_0()); 
            pushFollow(FOLLOW_2);
            ruleMeasure();

            state._fsp--;

             after(grammarAccess.getOvershootAccess().getLimitMeasureParserRuleCall_7_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Overshoot__LimitAssignment_7"


    // $ANTLR start "rule__Energy__NameAssignment_1"
    // InternalTwin.g:8868:1: rule__Energy__NameAssignment_1 : ( RULE_ID ) ;
    public final void rule__Energy__NameAssignment_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:8872:1: ( ( RULE_ID ) )
            // InternalTwin.g:8873:2: ( RULE_ID )
            {
            // InternalTwin.g:8873:2: ( RULE_ID )
            // InternalTwin.g:8874:3: RULE_ID
            {
             before(grammarAccess.getEnergyAccess().getNameIDTerminalRuleCall_1_0()); 
            match(input,RULE_ID,FOLLOW_2); 
             after(grammarAccess.getEnergyAccess().getNameIDTerminalRuleCall_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Energy__NameAssignment_1"


    // $ANTLR start "rule__Energy__SignalAssignment_4"
    // InternalTwin.g:8883:1: rule__Energy__SignalAssignment_4 : ( ( ruleQualifiedName ) ) ;
    public final void rule__Energy__SignalAssignment_4() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:8887:1: ( ( ( ruleQualifiedName ) ) )
            // InternalTwin.g:8888:2: ( ( ruleQualifiedName ) )
            {
            // InternalTwin.g:8888:2: ( ( ruleQualifiedName ) )
            // InternalTwin.g:8889:3: ( ruleQualifiedName )
            {
             before(grammarAccess.getEnergyAccess().getSignalSignalCrossReference_4_0()); 
            // InternalTwin.g:8890:3: ( ruleQualifiedName )
            // InternalTwin.g:8891:4: ruleQualifiedName
            {
             before(grammarAccess.getEnergyAccess().getSignalSignalQualifiedNameParserRuleCall_4_0_1()); 
            pushFollow(FOLLOW_2);
            ruleQualifiedName();

            state._fsp--;

             after(grammarAccess.getEnergyAccess().getSignalSignalQualifiedNameParserRuleCall_4_0_1()); 

            }

             after(grammarAccess.getEnergyAccess().getSignalSignalCrossReference_4_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Energy__SignalAssignment_4"


    // $ANTLR start "rule__Energy__BatchAssignment_6"
    // InternalTwin.g:8902:1: rule__Energy__BatchAssignment_6 : ( ( ruleQualifiedName ) ) ;
    public final void rule__Energy__BatchAssignment_6() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:8906:1: ( ( ( ruleQualifiedName ) ) )
            // InternalTwin.g:8907:2: ( ( ruleQualifiedName ) )
            {
            // InternalTwin.g:8907:2: ( ( ruleQualifiedName ) )
            // InternalTwin.g:8908:3: ( ruleQualifiedName )
            {
             before(grammarAccess.getEnergyAccess().getBatchSignalCrossReference_6_0()); 
            // InternalTwin.g:8909:3: ( ruleQualifiedName )
            // InternalTwin.g:8910:4: ruleQualifiedName
            {
             before(grammarAccess.getEnergyAccess().getBatchSignalQualifiedNameParserRuleCall_6_0_1()); 
            pushFollow(FOLLOW_2);
            ruleQualifiedName();

            state._fsp--;

             after(grammarAccess.getEnergyAccess().getBatchSignalQualifiedNameParserRuleCall_6_0_1()); 

            }

             after(grammarAccess.getEnergyAccess().getBatchSignalCrossReference_6_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Energy__BatchAssignment_6"


    // $ANTLR start "rule__Verdict__NameAssignment_1"
    // InternalTwin.g:8921:1: rule__Verdict__NameAssignment_1 : ( RULE_ID ) ;
    public final void rule__Verdict__NameAssignment_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:8925:1: ( ( RULE_ID ) )
            // InternalTwin.g:8926:2: ( RULE_ID )
            {
            // InternalTwin.g:8926:2: ( RULE_ID )
            // InternalTwin.g:8927:3: RULE_ID
            {
             before(grammarAccess.getVerdictAccess().getNameIDTerminalRuleCall_1_0()); 
            match(input,RULE_ID,FOLLOW_2); 
             after(grammarAccess.getVerdictAccess().getNameIDTerminalRuleCall_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Verdict__NameAssignment_1"


    // $ANTLR start "rule__Verdict__SignalAssignment_3"
    // InternalTwin.g:8936:1: rule__Verdict__SignalAssignment_3 : ( ( ruleQualifiedName ) ) ;
    public final void rule__Verdict__SignalAssignment_3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:8940:1: ( ( ( ruleQualifiedName ) ) )
            // InternalTwin.g:8941:2: ( ( ruleQualifiedName ) )
            {
            // InternalTwin.g:8941:2: ( ( ruleQualifiedName ) )
            // InternalTwin.g:8942:3: ( ruleQualifiedName )
            {
             before(grammarAccess.getVerdictAccess().getSignalSignalCrossReference_3_0()); 
            // InternalTwin.g:8943:3: ( ruleQualifiedName )
            // InternalTwin.g:8944:4: ruleQualifiedName
            {
             before(grammarAccess.getVerdictAccess().getSignalSignalQualifiedNameParserRuleCall_3_0_1()); 
            pushFollow(FOLLOW_2);
            ruleQualifiedName();

            state._fsp--;

             after(grammarAccess.getVerdictAccess().getSignalSignalQualifiedNameParserRuleCall_3_0_1()); 

            }

             after(grammarAccess.getVerdictAccess().getSignalSignalCrossReference_3_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Verdict__SignalAssignment_3"


    // $ANTLR start "rule__Verdict__MinimumAssignment_5"
    // InternalTwin.g:8955:1: rule__Verdict__MinimumAssignment_5 : ( ruleNumber ) ;
    public final void rule__Verdict__MinimumAssignment_5() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:8959:1: ( ( ruleNumber ) )
            // InternalTwin.g:8960:2: ( ruleNumber )
            {
            // InternalTwin.g:8960:2: ( ruleNumber )
            // InternalTwin.g:8961:3: ruleNumber
            {
             before(grammarAccess.getVerdictAccess().getMinimumNumberParserRuleCall_5_0()); 
            pushFollow(FOLLOW_2);
            ruleNumber();

            state._fsp--;

             after(grammarAccess.getVerdictAccess().getMinimumNumberParserRuleCall_5_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Verdict__MinimumAssignment_5"


    // $ANTLR start "rule__Verdict__MaximumAssignment_7"
    // InternalTwin.g:8970:1: rule__Verdict__MaximumAssignment_7 : ( ruleNumber ) ;
    public final void rule__Verdict__MaximumAssignment_7() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:8974:1: ( ( ruleNumber ) )
            // InternalTwin.g:8975:2: ( ruleNumber )
            {
            // InternalTwin.g:8975:2: ( ruleNumber )
            // InternalTwin.g:8976:3: ruleNumber
            {
             before(grammarAccess.getVerdictAccess().getMaximumNumberParserRuleCall_7_0()); 
            pushFollow(FOLLOW_2);
            ruleNumber();

            state._fsp--;

             after(grammarAccess.getVerdictAccess().getMaximumNumberParserRuleCall_7_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Verdict__MaximumAssignment_7"


    // $ANTLR start "rule__Verdict__UnitAssignment_8"
    // InternalTwin.g:8985:1: rule__Verdict__UnitAssignment_8 : ( ruleUnitName ) ;
    public final void rule__Verdict__UnitAssignment_8() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:8989:1: ( ( ruleUnitName ) )
            // InternalTwin.g:8990:2: ( ruleUnitName )
            {
            // InternalTwin.g:8990:2: ( ruleUnitName )
            // InternalTwin.g:8991:3: ruleUnitName
            {
             before(grammarAccess.getVerdictAccess().getUnitUnitNameParserRuleCall_8_0()); 
            pushFollow(FOLLOW_2);
            ruleUnitName();

            state._fsp--;

             after(grammarAccess.getVerdictAccess().getUnitUnitNameParserRuleCall_8_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Verdict__UnitAssignment_8"


    // $ANTLR start "rule__Measure__ValueAssignment_0"
    // InternalTwin.g:9000:1: rule__Measure__ValueAssignment_0 : ( ruleNumber ) ;
    public final void rule__Measure__ValueAssignment_0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:9004:1: ( ( ruleNumber ) )
            // InternalTwin.g:9005:2: ( ruleNumber )
            {
            // InternalTwin.g:9005:2: ( ruleNumber )
            // InternalTwin.g:9006:3: ruleNumber
            {
             before(grammarAccess.getMeasureAccess().getValueNumberParserRuleCall_0_0()); 
            pushFollow(FOLLOW_2);
            ruleNumber();

            state._fsp--;

             after(grammarAccess.getMeasureAccess().getValueNumberParserRuleCall_0_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Measure__ValueAssignment_0"


    // $ANTLR start "rule__Measure__UnitAssignment_1"
    // InternalTwin.g:9015:1: rule__Measure__UnitAssignment_1 : ( ruleUnitName ) ;
    public final void rule__Measure__UnitAssignment_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:9019:1: ( ( ruleUnitName ) )
            // InternalTwin.g:9020:2: ( ruleUnitName )
            {
            // InternalTwin.g:9020:2: ( ruleUnitName )
            // InternalTwin.g:9021:3: ruleUnitName
            {
             before(grammarAccess.getMeasureAccess().getUnitUnitNameParserRuleCall_1_0()); 
            pushFollow(FOLLOW_2);
            ruleUnitName();

            state._fsp--;

             after(grammarAccess.getMeasureAccess().getUnitUnitNameParserRuleCall_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Measure__UnitAssignment_1"


    // $ANTLR start "rule__Duration__ValueAssignment_0"
    // InternalTwin.g:9030:1: rule__Duration__ValueAssignment_0 : ( RULE_INT ) ;
    public final void rule__Duration__ValueAssignment_0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:9034:1: ( ( RULE_INT ) )
            // InternalTwin.g:9035:2: ( RULE_INT )
            {
            // InternalTwin.g:9035:2: ( RULE_INT )
            // InternalTwin.g:9036:3: RULE_INT
            {
             before(grammarAccess.getDurationAccess().getValueINTTerminalRuleCall_0_0()); 
            match(input,RULE_INT,FOLLOW_2); 
             after(grammarAccess.getDurationAccess().getValueINTTerminalRuleCall_0_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Duration__ValueAssignment_0"


    // $ANTLR start "rule__Duration__UnitAssignment_1"
    // InternalTwin.g:9045:1: rule__Duration__UnitAssignment_1 : ( ruleTimeUnit ) ;
    public final void rule__Duration__UnitAssignment_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalTwin.g:9049:1: ( ( ruleTimeUnit ) )
            // InternalTwin.g:9050:2: ( ruleTimeUnit )
            {
            // InternalTwin.g:9050:2: ( ruleTimeUnit )
            // InternalTwin.g:9051:3: ruleTimeUnit
            {
             before(grammarAccess.getDurationAccess().getUnitTimeUnitEnumRuleCall_1_0()); 
            pushFollow(FOLLOW_2);
            ruleTimeUnit();

            state._fsp--;

             after(grammarAccess.getDurationAccess().getUnitTimeUnitEnumRuleCall_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Duration__UnitAssignment_1"

    // Delegated rules


    protected DFA3 dfa3 = new DFA3(this);
    protected DFA11 dfa11 = new DFA11(this);
    static final String dfa_1s = "\12\uffff";
    static final String dfa_2s = "\1\57\5\uffff\1\105\3\uffff";
    static final String dfa_3s = "\1\107\5\uffff\1\106\3\uffff";
    static final String dfa_4s = "\1\uffff\1\1\1\2\1\3\1\4\1\5\1\uffff\1\10\1\6\1\7";
    static final String dfa_5s = "\12\uffff}>";
    static final String[] dfa_6s = {
            "\1\6\17\uffff\1\1\1\uffff\1\2\1\3\1\4\1\5\2\uffff\1\7",
            "",
            "",
            "",
            "",
            "",
            "\1\10\1\11",
            "",
            "",
            ""
    };

    static final short[] dfa_1 = DFA.unpackEncodedString(dfa_1s);
    static final char[] dfa_2 = DFA.unpackEncodedStringToUnsignedChars(dfa_2s);
    static final char[] dfa_3 = DFA.unpackEncodedStringToUnsignedChars(dfa_3s);
    static final short[] dfa_4 = DFA.unpackEncodedString(dfa_4s);
    static final short[] dfa_5 = DFA.unpackEncodedString(dfa_5s);
    static final short[][] dfa_6 = unpackEncodedStringArray(dfa_6s);

    class DFA3 extends DFA {

        public DFA3(BaseRecognizer recognizer) {
            this.recognizer = recognizer;
            this.decisionNumber = 3;
            this.eot = dfa_1;
            this.eof = dfa_1;
            this.min = dfa_2;
            this.max = dfa_3;
            this.accept = dfa_4;
            this.special = dfa_5;
            this.transition = dfa_6;
        }
        public String getDescription() {
            return "1498:1: rule__ModbusSetting__Alternatives : ( ( ruleByteOrderSetting ) | ( ruleWordOrderSetting ) | ( rulePollSetting ) | ( ruleTimeoutSetting ) | ( ruleRetriesSetting ) | ( ruleMaxRegistersSetting ) | ( ruleMaxGapSetting ) | ( ruleAddressingSetting ) );";
        }
    }
    static final String dfa_7s = "\6\uffff";
    static final String dfa_8s = "\1\uffff\1\3\2\uffff\1\3\1\uffff";
    static final String dfa_9s = "\1\5\1\75\1\5\1\uffff\1\75\1\uffff";
    static final String dfa_10s = "\1\5\1\142\1\143\1\uffff\1\142\1\uffff";
    static final String dfa_11s = "\3\uffff\1\2\1\uffff\1\1";
    static final String dfa_12s = "\6\uffff}>";
    static final String[] dfa_13s = {
            "\1\1",
            "\1\3\40\uffff\1\3\3\uffff\1\2",
            "\1\4\135\uffff\1\5",
            "",
            "\1\3\40\uffff\1\3\3\uffff\1\2",
            ""
    };

    static final short[] dfa_7 = DFA.unpackEncodedString(dfa_7s);
    static final short[] dfa_8 = DFA.unpackEncodedString(dfa_8s);
    static final char[] dfa_9 = DFA.unpackEncodedStringToUnsignedChars(dfa_9s);
    static final char[] dfa_10 = DFA.unpackEncodedStringToUnsignedChars(dfa_10s);
    static final short[] dfa_11 = DFA.unpackEncodedString(dfa_11s);
    static final short[] dfa_12 = DFA.unpackEncodedString(dfa_12s);
    static final short[][] dfa_13 = unpackEncodedStringArray(dfa_13s);

    class DFA11 extends DFA {

        public DFA11(BaseRecognizer recognizer) {
            this.recognizer = recognizer;
            this.decisionNumber = 11;
            this.eot = dfa_7;
            this.eof = dfa_8;
            this.min = dfa_9;
            this.max = dfa_10;
            this.accept = dfa_11;
            this.special = dfa_12;
            this.transition = dfa_13;
        }
        public String getDescription() {
            return "1768:1: rule__AlignTarget__Alternatives : ( ( ( rule__AlignTarget__Group_0__0 ) ) | ( ( rule__AlignTarget__Group_1__0 ) ) );";
        }
    }
 

    public static final BitSet FOLLOW_1 = new BitSet(new long[]{0x0000000000000000L});
    public static final BitSet FOLLOW_2 = new BitSet(new long[]{0x0000000000000002L});
    public static final BitSet FOLLOW_3 = new BitSet(new long[]{0x0180000000000000L,0x0000251020010000L});
    public static final BitSet FOLLOW_4 = new BitSet(new long[]{0x0080000000000002L});
    public static final BitSet FOLLOW_5 = new BitSet(new long[]{0x0100000000000002L,0x0000251020010000L});
    public static final BitSet FOLLOW_6 = new BitSet(new long[]{0x0000000000000020L});
    public static final BitSet FOLLOW_7 = new BitSet(new long[]{0x0000000000000040L});
    public static final BitSet FOLLOW_8 = new BitSet(new long[]{0x0200000000000000L});
    public static final BitSet FOLLOW_9 = new BitSet(new long[]{0x0400000000000000L});
    public static final BitSet FOLLOW_10 = new BitSet(new long[]{0x0800000000000040L,0x0000000002000000L});
    public static final BitSet FOLLOW_11 = new BitSet(new long[]{0x0000000000000010L});
    public static final BitSet FOLLOW_12 = new BitSet(new long[]{0x9000800000000000L,0x000000000000009EL});
    public static final BitSet FOLLOW_13 = new BitSet(new long[]{0xA000800000000000L,0x000000000000009EL});
    public static final BitSet FOLLOW_14 = new BitSet(new long[]{0xA000800000000002L,0x000000000000009EL});
    public static final BitSet FOLLOW_15 = new BitSet(new long[]{0x4000000000000000L});
    public static final BitSet FOLLOW_16 = new BitSet(new long[]{0x0800000000000040L});
    public static final BitSet FOLLOW_17 = new BitSet(new long[]{0x1000000000000000L,0x000000000000C308L});
    public static final BitSet FOLLOW_18 = new BitSet(new long[]{0x2000000000000000L,0x000000000000C308L});
    public static final BitSet FOLLOW_19 = new BitSet(new long[]{0x2000000000000002L,0x000000000000C308L});
    public static final BitSet FOLLOW_20 = new BitSet(new long[]{0x0000000000000000L,0x0000000000000001L});
    public static final BitSet FOLLOW_21 = new BitSet(new long[]{0x0000000000030000L});
    public static final BitSet FOLLOW_22 = new BitSet(new long[]{0x0000000000000000L,0x0000000000000020L});
    public static final BitSet FOLLOW_23 = new BitSet(new long[]{0x0000000000000000L,0x0000000000000040L});
    public static final BitSet FOLLOW_24 = new BitSet(new long[]{0x00000000000C0000L});
    public static final BitSet FOLLOW_25 = new BitSet(new long[]{0x0000000003F00000L});
    public static final BitSet FOLLOW_26 = new BitSet(new long[]{0x000000001C000000L});
    public static final BitSet FOLLOW_27 = new BitSet(new long[]{0x0000000000000000L,0x0000000000000C00L});
    public static final BitSet FOLLOW_28 = new BitSet(new long[]{0x0000000000000000L,0x0000000000000400L});
    public static final BitSet FOLLOW_29 = new BitSet(new long[]{0x0000000000000000L,0x0000000000001000L});
    public static final BitSet FOLLOW_30 = new BitSet(new long[]{0x0000000000000040L,0x0000000000002000L});
    public static final BitSet FOLLOW_31 = new BitSet(new long[]{0x0000000000000000L,0x0000000000002000L});
    public static final BitSet FOLLOW_32 = new BitSet(new long[]{0x0000000FE00000D0L});
    public static final BitSet FOLLOW_33 = new BitSet(new long[]{0x00000FF000000040L,0x00000000004A0000L});
    public static final BitSet FOLLOW_34 = new BitSet(new long[]{0x0800000000000000L});
    public static final BitSet FOLLOW_35 = new BitSet(new long[]{0x9000000000000000L,0x0000000017800002L});
    public static final BitSet FOLLOW_36 = new BitSet(new long[]{0xA000000000000000L,0x0000000017800002L});
    public static final BitSet FOLLOW_37 = new BitSet(new long[]{0xA000000000000002L,0x0000000017800002L});
    public static final BitSet FOLLOW_38 = new BitSet(new long[]{0x00000001E0000000L});
    public static final BitSet FOLLOW_39 = new BitSet(new long[]{0x0000000000000080L});
    public static final BitSet FOLLOW_40 = new BitSet(new long[]{0x0000000000000000L,0x0000000000040000L});
    public static final BitSet FOLLOW_41 = new BitSet(new long[]{0x00000FF000000000L});
    public static final BitSet FOLLOW_42 = new BitSet(new long[]{0x0000000000000000L,0x0000000000080000L});
    public static final BitSet FOLLOW_43 = new BitSet(new long[]{0x0000000000000000L,0x0000000000100000L});
    public static final BitSet FOLLOW_44 = new BitSet(new long[]{0x0000000000000000L,0x0000000000200000L});
    public static final BitSet FOLLOW_45 = new BitSet(new long[]{0x00000FF000000000L,0x0000000000480000L});
    public static final BitSet FOLLOW_46 = new BitSet(new long[]{0x0000000000000010L,0x0000800000000000L});
    public static final BitSet FOLLOW_47 = new BitSet(new long[]{0x000000000000F060L});
    public static final BitSet FOLLOW_48 = new BitSet(new long[]{0x0000000000000000L,0x0000000008000000L});
    public static final BitSet FOLLOW_49 = new BitSet(new long[]{0x2000000000000000L,0x0000000040000000L});
    public static final BitSet FOLLOW_50 = new BitSet(new long[]{0x2000000000000002L});
    public static final BitSet FOLLOW_51 = new BitSet(new long[]{0x0000000000000000L,0x0000000080000000L});
    public static final BitSet FOLLOW_52 = new BitSet(new long[]{0x0000F00000004000L});
    public static final BitSet FOLLOW_53 = new BitSet(new long[]{0x2000000000000000L});
    public static final BitSet FOLLOW_54 = new BitSet(new long[]{0x0000000000000000L,0x0000000100000000L});
    public static final BitSet FOLLOW_55 = new BitSet(new long[]{0x0000000000000000L,0x0000000200000000L});
    public static final BitSet FOLLOW_56 = new BitSet(new long[]{0x0000000000000000L,0x0000000400000000L});
    public static final BitSet FOLLOW_57 = new BitSet(new long[]{0x0000000000000000L,0x0000000800000000L});
    public static final BitSet FOLLOW_58 = new BitSet(new long[]{0x000F000000000000L});
    public static final BitSet FOLLOW_59 = new BitSet(new long[]{0x2000000000000000L,0x000000E000000000L});
    public static final BitSet FOLLOW_60 = new BitSet(new long[]{0x2000000000000002L,0x000000E000000000L});
    public static final BitSet FOLLOW_61 = new BitSet(new long[]{0x0000000000000000L,0x0000002000000000L});
    public static final BitSet FOLLOW_62 = new BitSet(new long[]{0x0000000000000000L,0x0000004000000000L});
    public static final BitSet FOLLOW_63 = new BitSet(new long[]{0x0030000000000000L});
    public static final BitSet FOLLOW_64 = new BitSet(new long[]{0x0020000000000000L});
    public static final BitSet FOLLOW_65 = new BitSet(new long[]{0x0000000000000000L,0x0000020000000000L});
    public static final BitSet FOLLOW_66 = new BitSet(new long[]{0x0000000000000000L,0x0000080000000000L});
    public static final BitSet FOLLOW_67 = new BitSet(new long[]{0x0000000000000000L,0x0000100000000000L});
    public static final BitSet FOLLOW_68 = new BitSet(new long[]{0x0000000000000000L,0x0000400000000000L});
    public static final BitSet FOLLOW_69 = new BitSet(new long[]{0x000000000000F000L});
    public static final BitSet FOLLOW_70 = new BitSet(new long[]{0x0000000000000002L,0x0000000400000000L});

}