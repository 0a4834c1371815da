package org.fieldbridge.dsl.parser.antlr.internal;

import org.eclipse.xtext.*;
import org.eclipse.xtext.parser.*;
import org.eclipse.xtext.parser.impl.*;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.xtext.parser.antlr.AbstractInternalAntlrParser;
import org.eclipse.xtext.parser.antlr.XtextTokenStream;
import org.eclipse.xtext.parser.antlr.XtextTokenStream.HiddenTokens;
import org.eclipse.xtext.parser.antlr.AntlrDatatypeRuleToken;
import org.fieldbridge.dsl.services.TwinGrammarAccess;



import org.antlr.runtime.*;
import java.util.Stack;
import java.util.List;
import java.util.ArrayList;

@SuppressWarnings("all")
public class InternalTwinParser extends AbstractInternalAntlrParser {
    public static final String[] tokenNames = new String[] {
        "<invalid>", "<EOR>", "<DOWN>", "<UP>", "RULE_STRING", "RULE_ID", "RULE_INT", "RULE_MODICON_X", "RULE_ML_COMMENT", "RULE_SL_COMMENT", "RULE_WS", "RULE_ANY_OTHER", "'package'", "'import'", "'connection'", "'modbus'", "'tcp'", "'unit'", "'{'", "','", "'}'", "'opcua'", "'byte'", "'order'", "'word'", "'poll'", "'timeout'", "'retries'", "'max'", "'registers'", "'gap'", "'addressing'", "'security'", "'identity'", "'anonymous'", "'user'", "'password'", "'secret'", "'sampling'", "'publishing'", "'map'", "'->'", "':'", "'string'", "'('", "')'", "'bit'", "'scale'", "'offset'", "'valid'", "'..'", "'deadband'", "'align'", "'every'", "'using'", "'stale'", "'after'", "'.'", "'*'", "'alarm'", "'for'", "'clear'", "'severity'", "'overshoot'", "'above'", "'by'", "'energy'", "'integrate'", "'per'", "'verdict'", "'within'", "'ms'", "'s'", "'min'", "'h'", "'-'", "'big'", "'little'", "'one-based'", "'zero-based'", "'None'", "'Basic128Rsa15'", "'Basic256'", "'Basic256Sha256'", "'Aes128_Sha256_RsaOaep'", "'Aes256_Sha256_RsaPss'", "'none'", "'sign'", "'sign-and-encrypt'", "'coil'", "'discrete'", "'input'", "'holding'", "'discrete-input'", "'input-register'", "'holding-register'", "'bool'", "'int16'", "'uint16'", "'int32'", "'uint32'", "'float32'", "'int64'", "'float64'", "'hold'", "'linear'", "'mean'", "'>'", "'>='", "'<'", "'<='", "'below'"
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
    public static final int RULE_INT=6;
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
    public static final int RULE_STRING=4;
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

        public InternalTwinParser(TokenStream input, TwinGrammarAccess grammarAccess) {
            this(input);
            this.grammarAccess = grammarAccess;
            registerRules(grammarAccess.getGrammar());
        }

        @Override
        protected String getFirstRuleName() {
        	return "TwinModel";
       	}

       	@Override
       	protected TwinGrammarAccess getGrammarAccess() {
       		return grammarAccess;
       	}




    // $ANTLR start "entryRuleTwinModel"
    // InternalTwin.g:65:1: entryRuleTwinModel returns [EObject current=null] : iv_ruleTwinModel= ruleTwinModel EOF ;
    public final EObject entryRuleTwinModel() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleTwinModel = null;


        try {
            // InternalTwin.g:65:50: (iv_ruleTwinModel= ruleTwinModel EOF )
            // InternalTwin.g:66:2: iv_ruleTwinModel= ruleTwinModel EOF
            {
             newCompositeNode(grammarAccess.getTwinModelRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleTwinModel=ruleTwinModel();

            state._fsp--;

             current =iv_ruleTwinModel; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleTwinModel"


    // $ANTLR start "ruleTwinModel"
    // InternalTwin.g:72:1: ruleTwinModel returns [EObject current=null] : ( (otherlv_0= 'package' ( (lv_name_1_0= ruleQualifiedName ) ) )? ( (lv_imports_2_0= rulePlantImport ) )* ( (lv_elements_3_0= ruleElement ) )* ) ;
    public final EObject ruleTwinModel() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        AntlrDatatypeRuleToken lv_name_1_0 = null;

        EObject lv_imports_2_0 = null;

        EObject lv_elements_3_0 = null;



        	enterRule();

        try {
            // InternalTwin.g:78:2: ( ( (otherlv_0= 'package' ( (lv_name_1_0= ruleQualifiedName ) ) )? ( (lv_imports_2_0= rulePlantImport ) )* ( (lv_elements_3_0= ruleElement ) )* ) )
            // InternalTwin.g:79:2: ( (otherlv_0= 'package' ( (lv_name_1_0= ruleQualifiedName ) ) )? ( (lv_imports_2_0= rulePlantImport ) )* ( (lv_elements_3_0= ruleElement ) )* )
            {
            // InternalTwin.g:79:2: ( (otherlv_0= 'package' ( (lv_name_1_0= ruleQualifiedName ) ) )? ( (lv_imports_2_0= rulePlantImport ) )* ( (lv_elements_3_0= ruleElement ) )* )
            // InternalTwin.g:80:3: (otherlv_0= 'package' ( (lv_name_1_0= ruleQualifiedName ) ) )? ( (lv_imports_2_0= rulePlantImport ) )* ( (lv_elements_3_0= ruleElement ) )*
            {
            // InternalTwin.g:80:3: (otherlv_0= 'package' ( (lv_name_1_0= ruleQualifiedName ) ) )?
            int alt1=2;
            int LA1_0 = input.LA(1);

            if ( (LA1_0==12) ) {
                alt1=1;
            }
            switch (alt1) {
                case 1 :
                    // InternalTwin.g:81:4: otherlv_0= 'package' ( (lv_name_1_0= ruleQualifiedName ) )
                    {
                    otherlv_0=(Token)match(input,12,FOLLOW_3); 

                    				newLeafNode(otherlv_0, grammarAccess.getTwinModelAccess().getPackageKeyword_0_0());
                    			
                    // InternalTwin.g:85:4: ( (lv_name_1_0= ruleQualifiedName ) )
                    // InternalTwin.g:86:5: (lv_name_1_0= ruleQualifiedName )
                    {
                    // InternalTwin.g:86:5: (lv_name_1_0= ruleQualifiedName )
                    // InternalTwin.g:87:6: lv_name_1_0= ruleQualifiedName
                    {

                    						newCompositeNode(grammarAccess.getTwinModelAccess().getNameQualifiedNameParserRuleCall_0_1_0());
                    					
                    pushFollow(FOLLOW_4);
                    lv_name_1_0=ruleQualifiedName();

                    state._fsp--;


                    						if (current==null) {
                    							current = createModelElementForParent(grammarAccess.getTwinModelRule());
                    						}
                    						set(
                    							current,
                    							"name",
                    							lv_name_1_0,
                    							"org.fieldbridge.dsl.Twin.QualifiedName");
                    						afterParserOrEnumRuleCall();
                    					

                    }


                    }


                    }
                    break;

            }

            // InternalTwin.g:105:3: ( (lv_imports_2_0= rulePlantImport ) )*
            loop2:
            do {
                int alt2=2;
                int LA2_0 = input.LA(1);

                if ( (LA2_0==13) ) {
                    alt2=1;
                }


                switch (alt2) {
            	case 1 :
            	    // InternalTwin.g:106:4: (lv_imports_2_0= rulePlantImport )
            	    {
            	    // InternalTwin.g:106:4: (lv_imports_2_0= rulePlantImport )
            	    // InternalTwin.g:107:5: lv_imports_2_0= rulePlantImport
            	    {

            	    					newCompositeNode(grammarAccess.getTwinModelAccess().getImportsPlantImportParserRuleCall_1_0());
            	    				
            	    pushFollow(FOLLOW_4);
            	    lv_imports_2_0=rulePlantImport();

            	    state._fsp--;


            	    					if (current==null) {
            	    						current = createModelElementForParent(grammarAccess.getTwinModelRule());
            	    					}
            	    					add(
            	    						current,
            	    						"imports",
            	    						lv_imports_2_0,
            	    						"org.fieldbridge.dsl.Twin.PlantImport");
            	    					afterParserOrEnumRuleCall();
            	    				

            	    }


            	    }
            	    break;

            	default :
            	    break loop2;
                }
            } while (true);

            // InternalTwin.g:124:3: ( (lv_elements_3_0= ruleElement ) )*
            loop3:
            do {
                int alt3=2;
                int LA3_0 = input.LA(1);

                if ( (LA3_0==14||LA3_0==40||LA3_0==52||LA3_0==59||LA3_0==63||LA3_0==66||LA3_0==69) ) {
                    alt3=1;
                }


                switch (alt3) {
            	case 1 :
            	    // InternalTwin.g:125:4: (lv_elements_3_0= ruleElement )
            	    {
            	    // InternalTwin.g:125:4: (lv_elements_3_0= ruleElement )
            	    // InternalTwin.g:126:5: lv_elements_3_0= ruleElement
            	    {

            	    					newCompositeNode(grammarAccess.getTwinModelAccess().getElementsElementParserRuleCall_2_0());
            	    				
            	    pushFollow(FOLLOW_5);
            	    lv_elements_3_0=ruleElement();

            	    state._fsp--;


            	    					if (current==null) {
            	    						current = createModelElementForParent(grammarAccess.getTwinModelRule());
            	    					}
            	    					add(
            	    						current,
            	    						"elements",
            	    						lv_elements_3_0,
            	    						"org.fieldbridge.dsl.Twin.Element");
            	    					afterParserOrEnumRuleCall();
            	    				

            	    }


            	    }
            	    break;

            	default :
            	    break loop3;
                }
            } while (true);


            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleTwinModel"


    // $ANTLR start "entryRulePlantImport"
    // InternalTwin.g:147:1: entryRulePlantImport returns [EObject current=null] : iv_rulePlantImport= rulePlantImport EOF ;
    public final EObject entryRulePlantImport() throws RecognitionException {
        EObject current = null;

        EObject iv_rulePlantImport = null;


        try {
            // InternalTwin.g:147:52: (iv_rulePlantImport= rulePlantImport EOF )
            // InternalTwin.g:148:2: iv_rulePlantImport= rulePlantImport EOF
            {
             newCompositeNode(grammarAccess.getPlantImportRule()); 
            pushFollow(FOLLOW_1);
            iv_rulePlantImport=rulePlantImport();

            state._fsp--;

             current =iv_rulePlantImport; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRulePlantImport"


    // $ANTLR start "rulePlantImport"
    // InternalTwin.g:154:1: rulePlantImport returns [EObject current=null] : (otherlv_0= 'import' ( (lv_importURI_1_0= RULE_STRING ) ) ) ;
    public final EObject rulePlantImport() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Token lv_importURI_1_0=null;


        	enterRule();

        try {
            // InternalTwin.g:160:2: ( (otherlv_0= 'import' ( (lv_importURI_1_0= RULE_STRING ) ) ) )
            // InternalTwin.g:161:2: (otherlv_0= 'import' ( (lv_importURI_1_0= RULE_STRING ) ) )
            {
            // InternalTwin.g:161:2: (otherlv_0= 'import' ( (lv_importURI_1_0= RULE_STRING ) ) )
            // InternalTwin.g:162:3: otherlv_0= 'import' ( (lv_importURI_1_0= RULE_STRING ) )
            {
            otherlv_0=(Token)match(input,13,FOLLOW_6); 

            			newLeafNode(otherlv_0, grammarAccess.getPlantImportAccess().getImportKeyword_0());
            		
            // InternalTwin.g:166:3: ( (lv_importURI_1_0= RULE_STRING ) )
            // InternalTwin.g:167:4: (lv_importURI_1_0= RULE_STRING )
            {
            // InternalTwin.g:167:4: (lv_importURI_1_0= RULE_STRING )
            // InternalTwin.g:168:5: lv_importURI_1_0= RULE_STRING
            {
            lv_importURI_1_0=(Token)match(input,RULE_STRING,FOLLOW_2); 

            					newLeafNode(lv_importURI_1_0, grammarAccess.getPlantImportAccess().getImportURISTRINGTerminalRuleCall_1_0());
            				

            					if (current==null) {
            						current = createModelElement(grammarAccess.getPlantImportRule());
            					}
            					setWithLastConsumed(
            						current,
            						"importURI",
            						lv_importURI_1_0,
            						"org.fieldbridge.dsl.Twin.STRING");
            				

            }


            }


            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "rulePlantImport"


    // $ANTLR start "entryRuleElement"
    // InternalTwin.g:188:1: entryRuleElement returns [EObject current=null] : iv_ruleElement= ruleElement EOF ;
    public final EObject entryRuleElement() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleElement = null;


        try {
            // InternalTwin.g:188:48: (iv_ruleElement= ruleElement EOF )
            // InternalTwin.g:189:2: iv_ruleElement= ruleElement EOF
            {
             newCompositeNode(grammarAccess.getElementRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleElement=ruleElement();

            state._fsp--;

             current =iv_ruleElement; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleElement"


    // $ANTLR start "ruleElement"
    // InternalTwin.g:195:1: ruleElement returns [EObject current=null] : (this_Connection_0= ruleConnection | this_Mapping_1= ruleMapping | this_Alignment_2= ruleAlignment | this_Behaviour_3= ruleBehaviour ) ;
    public final EObject ruleElement() throws RecognitionException {
        EObject current = null;

        EObject this_Connection_0 = null;

        EObject this_Mapping_1 = null;

        EObject this_Alignment_2 = null;

        EObject this_Behaviour_3 = null;



        	enterRule();

        try {
            // InternalTwin.g:201:2: ( (this_Connection_0= ruleConnection | this_Mapping_1= ruleMapping | this_Alignment_2= ruleAlignment | this_Behaviour_3= ruleBehaviour ) )
            // InternalTwin.g:202:2: (this_Connection_0= ruleConnection | this_Mapping_1= ruleMapping | this_Alignment_2= ruleAlignment | this_Behaviour_3= ruleBehaviour )
            {
            // InternalTwin.g:202:2: (this_Connection_0= ruleConnection | this_Mapping_1= ruleMapping | this_Alignment_2= ruleAlignment | this_Behaviour_3= ruleBehaviour )
            int alt4=4;
            switch ( input.LA(1) ) {
            case 14:
                {
                alt4=1;
                }
                break;
            case 40:
                {
                alt4=2;
                }
                break;
            case 52:
                {
                alt4=3;
                }
                break;
            case 59:
            case 63:
            case 66:
            case 69:
                {
                alt4=4;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 4, 0, input);

                throw nvae;
            }

            switch (alt4) {
                case 1 :
                    // InternalTwin.g:203:3: this_Connection_0= ruleConnection
                    {

                    			newCompositeNode(grammarAccess.getElementAccess().getConnectionParserRuleCall_0());
                    		
                    pushFollow(FOLLOW_2);
                    this_Connection_0=ruleConnection();

                    state._fsp--;


                    			current = this_Connection_0;
                    			afterParserOrEnumRuleCall();
                    		

                    }
                    break;
                case 2 :
                    // InternalTwin.g:212:3: this_Mapping_1= ruleMapping
                    {

                    			newCompositeNode(grammarAccess.getElementAccess().getMappingParserRuleCall_1());
                    		
                    pushFollow(FOLLOW_2);
                    this_Mapping_1=ruleMapping();

                    state._fsp--;


                    			current = this_Mapping_1;
                    			afterParserOrEnumRuleCall();
                    		

                    }
                    break;
                case 3 :
                    // InternalTwin.g:221:3: this_Alignment_2= ruleAlignment
                    {

                    			newCompositeNode(grammarAccess.getElementAccess().getAlignmentParserRuleCall_2());
                    		
                    pushFollow(FOLLOW_2);
                    this_Alignment_2=ruleAlignment();

                    state._fsp--;


                    			current = this_Alignment_2;
                    			afterParserOrEnumRuleCall();
                    		

                    }
                    break;
                case 4 :
                    // InternalTwin.g:230:3: this_Behaviour_3= ruleBehaviour
                    {

                    			newCompositeNode(grammarAccess.getElementAccess().getBehaviourParserRuleCall_3());
                    		
                    pushFollow(FOLLOW_2);
                    this_Behaviour_3=ruleBehaviour();

                    state._fsp--;


                    			current = this_Behaviour_3;
                    			afterParserOrEnumRuleCall();
                    		

                    }
                    break;

            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleElement"


    // $ANTLR start "entryRuleConnection"
    // InternalTwin.g:242:1: entryRuleConnection returns [EObject current=null] : iv_ruleConnection= ruleConnection EOF ;
    public final EObject entryRuleConnection() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleConnection = null;


        try {
            // InternalTwin.g:242:51: (iv_ruleConnection= ruleConnection EOF )
            // InternalTwin.g:243:2: iv_ruleConnection= ruleConnection EOF
            {
             newCompositeNode(grammarAccess.getConnectionRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleConnection=ruleConnection();

            state._fsp--;

             current =iv_ruleConnection; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleConnection"


    // $ANTLR start "ruleConnection"
    // InternalTwin.g:249:1: ruleConnection returns [EObject current=null] : (this_ModbusConnection_0= ruleModbusConnection | this_OpcUaConnection_1= ruleOpcUaConnection ) ;
    public final EObject ruleConnection() throws RecognitionException {
        EObject current = null;

        EObject this_ModbusConnection_0 = null;

        EObject this_OpcUaConnection_1 = null;



        	enterRule();

        try {
            // InternalTwin.g:255:2: ( (this_ModbusConnection_0= ruleModbusConnection | this_OpcUaConnection_1= ruleOpcUaConnection ) )
            // InternalTwin.g:256:2: (this_ModbusConnection_0= ruleModbusConnection | this_OpcUaConnection_1= ruleOpcUaConnection )
            {
            // InternalTwin.g:256:2: (this_ModbusConnection_0= ruleModbusConnection | this_OpcUaConnection_1= ruleOpcUaConnection )
            int alt5=2;
            int LA5_0 = input.LA(1);

            if ( (LA5_0==14) ) {
                int LA5_1 = input.LA(2);

                if ( (LA5_1==RULE_ID) ) {
                    int LA5_2 = input.LA(3);

                    if ( (LA5_2==15) ) {
                        alt5=1;
                    }
                    else if ( (LA5_2==21) ) {
                        alt5=2;
                    }
                    else {
                        NoViableAltException nvae =
                            new NoViableAltException("", 5, 2, input);

                        throw nvae;
                    }
                }
                else {
                    NoViableAltException nvae =
                        new NoViableAltException("", 5, 1, input);

                    throw nvae;
                }
            }
            else {
                NoViableAltException nvae =
                    new NoViableAltException("", 5, 0, input);

                throw nvae;
            }
            switch (alt5) {
                case 1 :
                    // InternalTwin.g:257:3: this_ModbusConnection_0= ruleModbusConnection
                    {

                    			newCompositeNode(grammarAccess.getConnectionAccess().getModbusConnectionParserRuleCall_0());
                    		
                    pushFollow(FOLLOW_2);
                    this_ModbusConnection_0=ruleModbusConnection();

                    state._fsp--;


                    			current = this_ModbusConnection_0;
                    			afterParserOrEnumRuleCall();
                    		

                    }
                    break;
                case 2 :
                    // InternalTwin.g:266:3: this_OpcUaConnection_1= ruleOpcUaConnection
                    {

                    			newCompositeNode(grammarAccess.getConnectionAccess().getOpcUaConnectionParserRuleCall_1());
                    		
                    pushFollow(FOLLOW_2);
                    this_OpcUaConnection_1=ruleOpcUaConnection();

                    state._fsp--;


                    			current = this_OpcUaConnection_1;
                    			afterParserOrEnumRuleCall();
                    		

                    }
                    break;

            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleConnection"


    // $ANTLR start "entryRuleModbusConnection"
    // InternalTwin.g:278:1: entryRuleModbusConnection returns [EObject current=null] : iv_ruleModbusConnection= ruleModbusConnection EOF ;
    public final EObject entryRuleModbusConnection() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleModbusConnection = null;


        try {
            // InternalTwin.g:278:57: (iv_ruleModbusConnection= ruleModbusConnection EOF )
            // InternalTwin.g:279:2: iv_ruleModbusConnection= ruleModbusConnection EOF
            {
             newCompositeNode(grammarAccess.getModbusConnectionRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleModbusConnection=ruleModbusConnection();

            state._fsp--;

             current =iv_ruleModbusConnection; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleModbusConnection"


    // $ANTLR start "ruleModbusConnection"
    // InternalTwin.g:285:1: ruleModbusConnection returns [EObject current=null] : (otherlv_0= 'connection' ( (lv_name_1_0= RULE_ID ) ) otherlv_2= 'modbus' otherlv_3= 'tcp' ( (lv_endpoint_4_0= RULE_STRING ) )? ( ( (lv_unitGiven_5_0= 'unit' ) ) ( (lv_unitId_6_0= RULE_INT ) ) )? (otherlv_7= '{' ( ( (lv_settings_8_0= ruleModbusSetting ) ) ( (otherlv_9= ',' )? ( (lv_settings_10_0= ruleModbusSetting ) ) )* )? otherlv_11= '}' )? ) ;
    public final EObject ruleModbusConnection() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Token lv_name_1_0=null;
        Token otherlv_2=null;
        Token otherlv_3=null;
        Token lv_endpoint_4_0=null;
        Token lv_unitGiven_5_0=null;
        Token lv_unitId_6_0=null;
        Token otherlv_7=null;
        Token otherlv_9=null;
        Token otherlv_11=null;
        EObject lv_settings_8_0 = null;

        EObject lv_settings_10_0 = null;



        	enterRule();

        try {
            // InternalTwin.g:291:2: ( (otherlv_0= 'connection' ( (lv_name_1_0= RULE_ID ) ) otherlv_2= 'modbus' otherlv_3= 'tcp' ( (lv_endpoint_4_0= RULE_STRING ) )? ( ( (lv_unitGiven_5_0= 'unit' ) ) ( (lv_unitId_6_0= RULE_INT ) ) )? (otherlv_7= '{' ( ( (lv_settings_8_0= ruleModbusSetting ) ) ( (otherlv_9= ',' )? ( (lv_settings_10_0= ruleModbusSetting ) ) )* )? otherlv_11= '}' )? ) )
            // InternalTwin.g:292:2: (otherlv_0= 'connection' ( (lv_name_1_0= RULE_ID ) ) otherlv_2= 'modbus' otherlv_3= 'tcp' ( (lv_endpoint_4_0= RULE_STRING ) )? ( ( (lv_unitGiven_5_0= 'unit' ) ) ( (lv_unitId_6_0= RULE_INT ) ) )? (otherlv_7= '{' ( ( (lv_settings_8_0= ruleModbusSetting ) ) ( (otherlv_9= ',' )? ( (lv_settings_10_0= ruleModbusSetting ) ) )* )? otherlv_11= '}' )? )
            {
            // InternalTwin.g:292:2: (otherlv_0= 'connection' ( (lv_name_1_0= RULE_ID ) ) otherlv_2= 'modbus' otherlv_3= 'tcp' ( (lv_endpoint_4_0= RULE_STRING ) )? ( ( (lv_unitGiven_5_0= 'unit' ) ) ( (lv_unitId_6_0= RULE_INT ) ) )? (otherlv_7= '{' ( ( (lv_settings_8_0= ruleModbusSetting ) ) ( (otherlv_9= ',' )? ( (lv_settings_10_0= ruleModbusSetting ) ) )* )? otherlv_11= '}' )? )
            // InternalTwin.g:293:3: otherlv_0= 'connection' ( (lv_name_1_0= RULE_ID ) ) otherlv_2= 'modbus' otherlv_3= 'tcp' ( (lv_endpoint_4_0= RULE_STRING ) )? ( ( (lv_unitGiven_5_0= 'unit' ) ) ( (lv_unitId_6_0= RULE_INT ) ) )? (otherlv_7= '{' ( ( (lv_settings_8_0= ruleModbusSetting ) ) ( (otherlv_9= ',' )? ( (lv_settings_10_0= ruleModbusSetting ) ) )* )? otherlv_11= '}' )?
            {
            otherlv_0=(Token)match(input,14,FOLLOW_3); 

            			newLeafNode(otherlv_0, grammarAccess.getModbusConnectionAccess().getConnectionKeyword_0());
            		
            // InternalTwin.g:297:3: ( (lv_name_1_0= RULE_ID ) )
            // InternalTwin.g:298:4: (lv_name_1_0= RULE_ID )
            {
            // InternalTwin.g:298:4: (lv_name_1_0= RULE_ID )
            // InternalTwin.g:299:5: lv_name_1_0= RULE_ID
            {
            lv_name_1_0=(Token)match(input,RULE_ID,FOLLOW_7); 

            					newLeafNode(lv_name_1_0, grammarAccess.getModbusConnectionAccess().getNameIDTerminalRuleCall_1_0());
            				

            					if (current==null) {
            						current = createModelElement(grammarAccess.getModbusConnectionRule());
            					}
            					setWithLastConsumed(
            						current,
            						"name",
            						lv_name_1_0,
            						"org.fieldbridge.dsl.Twin.ID");
            				

            }


            }

            otherlv_2=(Token)match(input,15,FOLLOW_8); 

            			newLeafNode(otherlv_2, grammarAccess.getModbusConnectionAccess().getModbusKeyword_2());
            		
            otherlv_3=(Token)match(input,16,FOLLOW_9); 

            			newLeafNode(otherlv_3, grammarAccess.getModbusConnectionAccess().getTcpKeyword_3());
            		
            // InternalTwin.g:323:3: ( (lv_endpoint_4_0= RULE_STRING ) )?
            int alt6=2;
            int LA6_0 = input.LA(1);

            if ( (LA6_0==RULE_STRING) ) {
                alt6=1;
            }
            switch (alt6) {
                case 1 :
                    // InternalTwin.g:324:4: (lv_endpoint_4_0= RULE_STRING )
                    {
                    // InternalTwin.g:324:4: (lv_endpoint_4_0= RULE_STRING )
                    // InternalTwin.g:325:5: lv_endpoint_4_0= RULE_STRING
                    {
                    lv_endpoint_4_0=(Token)match(input,RULE_STRING,FOLLOW_10); 

                    					newLeafNode(lv_endpoint_4_0, grammarAccess.getModbusConnectionAccess().getEndpointSTRINGTerminalRuleCall_4_0());
                    				

                    					if (current==null) {
                    						current = createModelElement(grammarAccess.getModbusConnectionRule());
                    					}
                    					setWithLastConsumed(
                    						current,
                    						"endpoint",
                    						lv_endpoint_4_0,
                    						"org.fieldbridge.dsl.Twin.STRING");
                    				

                    }


                    }
                    break;

            }

            // InternalTwin.g:341:3: ( ( (lv_unitGiven_5_0= 'unit' ) ) ( (lv_unitId_6_0= RULE_INT ) ) )?
            int alt7=2;
            int LA7_0 = input.LA(1);

            if ( (LA7_0==17) ) {
                alt7=1;
            }
            switch (alt7) {
                case 1 :
                    // InternalTwin.g:342:4: ( (lv_unitGiven_5_0= 'unit' ) ) ( (lv_unitId_6_0= RULE_INT ) )
                    {
                    // InternalTwin.g:342:4: ( (lv_unitGiven_5_0= 'unit' ) )
                    // InternalTwin.g:343:5: (lv_unitGiven_5_0= 'unit' )
                    {
                    // InternalTwin.g:343:5: (lv_unitGiven_5_0= 'unit' )
                    // InternalTwin.g:344:6: lv_unitGiven_5_0= 'unit'
                    {
                    lv_unitGiven_5_0=(Token)match(input,17,FOLLOW_11); 

                    						newLeafNode(lv_unitGiven_5_0, grammarAccess.getModbusConnectionAccess().getUnitGivenUnitKeyword_5_0_0());
                    					

                    						if (current==null) {
                    							current = createModelElement(grammarAccess.getModbusConnectionRule());
                    						}
                    						setWithLastConsumed(current, "unitGiven", lv_unitGiven_5_0 != null, "unit");
                    					

                    }


                    }

                    // InternalTwin.g:356:4: ( (lv_unitId_6_0= RULE_INT ) )
                    // InternalTwin.g:357:5: (lv_unitId_6_0= RULE_INT )
                    {
                    // InternalTwin.g:357:5: (lv_unitId_6_0= RULE_INT )
                    // InternalTwin.g:358:6: lv_unitId_6_0= RULE_INT
                    {
                    lv_unitId_6_0=(Token)match(input,RULE_INT,FOLLOW_12); 

                    						newLeafNode(lv_unitId_6_0, grammarAccess.getModbusConnectionAccess().getUnitIdINTTerminalRuleCall_5_1_0());
                    					

                    						if (current==null) {
                    							current = createModelElement(grammarAccess.getModbusConnectionRule());
                    						}
                    						setWithLastConsumed(
                    							current,
                    							"unitId",
                    							lv_unitId_6_0,
                    							"org.fieldbridge.dsl.Twin.INT");
                    					

                    }


                    }


                    }
                    break;

            }

            // InternalTwin.g:375:3: (otherlv_7= '{' ( ( (lv_settings_8_0= ruleModbusSetting ) ) ( (otherlv_9= ',' )? ( (lv_settings_10_0= ruleModbusSetting ) ) )* )? otherlv_11= '}' )?
            int alt11=2;
            int LA11_0 = input.LA(1);

            if ( (LA11_0==18) ) {
                alt11=1;
            }
            switch (alt11) {
                case 1 :
                    // InternalTwin.g:376:4: otherlv_7= '{' ( ( (lv_settings_8_0= ruleModbusSetting ) ) ( (otherlv_9= ',' )? ( (lv_settings_10_0= ruleModbusSetting ) ) )* )? otherlv_11= '}'
                    {
                    otherlv_7=(Token)match(input,18,FOLLOW_13); 

                    				newLeafNode(otherlv_7, grammarAccess.getModbusConnectionAccess().getLeftCurlyBracketKeyword_6_0());
                    			
                    // InternalTwin.g:380:4: ( ( (lv_settings_8_0= ruleModbusSetting ) ) ( (otherlv_9= ',' )? ( (lv_settings_10_0= ruleModbusSetting ) ) )* )?
                    int alt10=2;
                    int LA10_0 = input.LA(1);

                    if ( (LA10_0==22||(LA10_0>=24 && LA10_0<=28)||LA10_0==31) ) {
                        alt10=1;
                    }
                    switch (alt10) {
                        case 1 :
                            // InternalTwin.g:381:5: ( (lv_settings_8_0= ruleModbusSetting ) ) ( (otherlv_9= ',' )? ( (lv_settings_10_0= ruleModbusSetting ) ) )*
                            {
                            // InternalTwin.g:381:5: ( (lv_settings_8_0= ruleModbusSetting ) )
                            // InternalTwin.g:382:6: (lv_settings_8_0= ruleModbusSetting )
                            {
                            // InternalTwin.g:382:6: (lv_settings_8_0= ruleModbusSetting )
                            // InternalTwin.g:383:7: lv_settings_8_0= ruleModbusSetting
                            {

                            							newCompositeNode(grammarAccess.getModbusConnectionAccess().getSettingsModbusSettingParserRuleCall_6_1_0_0());
                            						
                            pushFollow(FOLLOW_14);
                            lv_settings_8_0=ruleModbusSetting();

                            state._fsp--;


                            							if (current==null) {
                            								current = createModelElementForParent(grammarAccess.getModbusConnectionRule());
                            							}
                            							add(
                            								current,
                            								"settings",
                            								lv_settings_8_0,
                            								"org.fieldbridge.dsl.Twin.ModbusSetting");
                            							afterParserOrEnumRuleCall();
                            						

                            }


                            }

                            // InternalTwin.g:400:5: ( (otherlv_9= ',' )? ( (lv_settings_10_0= ruleModbusSetting ) ) )*
                            loop9:
                            do {
                                int alt9=2;
                                int LA9_0 = input.LA(1);

                                if ( (LA9_0==19||LA9_0==22||(LA9_0>=24 && LA9_0<=28)||LA9_0==31) ) {
                                    alt9=1;
                                }


                                switch (alt9) {
                            	case 1 :
                            	    // InternalTwin.g:401:6: (otherlv_9= ',' )? ( (lv_settings_10_0= ruleModbusSetting ) )
                            	    {
                            	    // InternalTwin.g:401:6: (otherlv_9= ',' )?
                            	    int alt8=2;
                            	    int LA8_0 = input.LA(1);

                            	    if ( (LA8_0==19) ) {
                            	        alt8=1;
                            	    }
                            	    switch (alt8) {
                            	        case 1 :
                            	            // InternalTwin.g:402:7: otherlv_9= ','
                            	            {
                            	            otherlv_9=(Token)match(input,19,FOLLOW_15); 

                            	            							newLeafNode(otherlv_9, grammarAccess.getModbusConnectionAccess().getCommaKeyword_6_1_1_0());
                            	            						

                            	            }
                            	            break;

                            	    }

                            	    // InternalTwin.g:407:6: ( (lv_settings_10_0= ruleModbusSetting ) )
                            	    // InternalTwin.g:408:7: (lv_settings_10_0= ruleModbusSetting )
                            	    {
                            	    // InternalTwin.g:408:7: (lv_settings_10_0= ruleModbusSetting )
                            	    // InternalTwin.g:409:8: lv_settings_10_0= ruleModbusSetting
                            	    {

                            	    								newCompositeNode(grammarAccess.getModbusConnectionAccess().getSettingsModbusSettingParserRuleCall_6_1_1_1_0());
                            	    							
                            	    pushFollow(FOLLOW_14);
                            	    lv_settings_10_0=ruleModbusSetting();

                            	    state._fsp--;


                            	    								if (current==null) {
                            	    									current = createModelElementForParent(grammarAccess.getModbusConnectionRule());
                            	    								}
                            	    								add(
                            	    									current,
                            	    									"settings",
                            	    									lv_settings_10_0,
                            	    									"org.fieldbridge.dsl.Twin.ModbusSetting");
                            	    								afterParserOrEnumRuleCall();
                            	    							

                            	    }


                            	    }


                            	    }
                            	    break;

                            	default :
                            	    break loop9;
                                }
                            } while (true);


                            }
                            break;

                    }

                    otherlv_11=(Token)match(input,20,FOLLOW_2); 

                    				newLeafNode(otherlv_11, grammarAccess.getModbusConnectionAccess().getRightCurlyBracketKeyword_6_2());
                    			

                    }
                    break;

            }


            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleModbusConnection"


    // $ANTLR start "entryRuleModbusSetting"
    // InternalTwin.g:437:1: entryRuleModbusSetting returns [EObject current=null] : iv_ruleModbusSetting= ruleModbusSetting EOF ;
    public final EObject entryRuleModbusSetting() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleModbusSetting = null;


        try {
            // InternalTwin.g:437:54: (iv_ruleModbusSetting= ruleModbusSetting EOF )
            // InternalTwin.g:438:2: iv_ruleModbusSetting= ruleModbusSetting EOF
            {
             newCompositeNode(grammarAccess.getModbusSettingRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleModbusSetting=ruleModbusSetting();

            state._fsp--;

             current =iv_ruleModbusSetting; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleModbusSetting"


    // $ANTLR start "ruleModbusSetting"
    // InternalTwin.g:444:1: ruleModbusSetting returns [EObject current=null] : (this_ByteOrderSetting_0= ruleByteOrderSetting | this_WordOrderSetting_1= ruleWordOrderSetting | this_PollSetting_2= rulePollSetting | this_TimeoutSetting_3= ruleTimeoutSetting | this_RetriesSetting_4= ruleRetriesSetting | this_MaxRegistersSetting_5= ruleMaxRegistersSetting | this_MaxGapSetting_6= ruleMaxGapSetting | this_AddressingSetting_7= ruleAddressingSetting ) ;
    public final EObject ruleModbusSetting() throws RecognitionException {
        EObject current = null;

        EObject this_ByteOrderSetting_0 = null;

        EObject this_WordOrderSetting_1 = null;

        EObject this_PollSetting_2 = null;

        EObject this_TimeoutSetting_3 = null;

        EObject this_RetriesSetting_4 = null;

        EObject this_MaxRegistersSetting_5 = null;

        EObject this_MaxGapSetting_6 = null;

        EObject this_AddressingSetting_7 = null;



        	enterRule();

        try {
            // InternalTwin.g:450:2: ( (this_ByteOrderSetting_0= ruleByteOrderSetting | this_WordOrderSetting_1= ruleWordOrderSetting | this_PollSetting_2= rulePollSetting | this_TimeoutSetting_3= ruleTimeoutSetting | this_RetriesSetting_4= ruleRetriesSetting | this_MaxRegistersSetting_5= ruleMaxRegistersSetting | this_MaxGapSetting_6= ruleMaxGapSetting | this_AddressingSetting_7= ruleAddressingSetting ) )
            // InternalTwin.g:451:2: (this_ByteOrderSetting_0= ruleByteOrderSetting | this_WordOrderSetting_1= ruleWordOrderSetting | this_PollSetting_2= rulePollSetting | this_TimeoutSetting_3= ruleTimeoutSetting | this_RetriesSetting_4= ruleRetriesSetting | this_MaxRegistersSetting_5= ruleMaxRegistersSetting | this_MaxGapSetting_6= ruleMaxGapSetting | this_AddressingSetting_7= ruleAddressingSetting )
            {
            // InternalTwin.g:451:2: (this_ByteOrderSetting_0= ruleByteOrderSetting | this_WordOrderSetting_1= ruleWordOrderSetting | this_PollSetting_2= rulePollSetting | this_TimeoutSetting_3= ruleTimeoutSetting | this_RetriesSetting_4= ruleRetriesSetting | this_MaxRegistersSetting_5= ruleMaxRegistersSetting | this_MaxGapSetting_6= ruleMaxGapSetting | this_AddressingSetting_7= ruleAddressingSetting )
            int alt12=8;
            alt12 = dfa12.predict(input);
            switch (alt12) {
                case 1 :
                    // InternalTwin.g:452:3: this_ByteOrderSetting_0= ruleByteOrderSetting
                    {

                    			newCompositeNode(grammarAccess.getModbusSettingAccess().getByteOrderSettingParserRuleCall_0());
                    		
                    pushFollow(FOLLOW_2);
                    this_ByteOrderSetting_0=ruleByteOrderSetting();

                    state._fsp--;


                    			current = this_ByteOrderSetting_0;
                    			afterParserOrEnumRuleCall();
                    		

                    }
                    break;
                case 2 :
                    // InternalTwin.g:461:3: this_WordOrderSetting_1= ruleWordOrderSetting
                    {

                    			newCompositeNode(grammarAccess.getModbusSettingAccess().getWordOrderSettingParserRuleCall_1());
                    		
                    pushFollow(FOLLOW_2);
                    this_WordOrderSetting_1=ruleWordOrderSetting();

                    state._fsp--;


                    			current = this_WordOrderSetting_1;
                    			afterParserOrEnumRuleCall();
                    		

                    }
                    break;
                case 3 :
                    // InternalTwin.g:470:3: this_PollSetting_2= rulePollSetting
                    {

                    			newCompositeNode(grammarAccess.getModbusSettingAccess().getPollSettingParserRuleCall_2());
                    		
                    pushFollow(FOLLOW_2);
                    this_PollSetting_2=rulePollSetting();

                    state._fsp--;


                    			current = this_PollSetting_2;
                    			afterParserOrEnumRuleCall();
                    		

                    }
                    break;
                case 4 :
                    // InternalTwin.g:479:3: this_TimeoutSetting_3= ruleTimeoutSetting
                    {

                    			newCompositeNode(grammarAccess.getModbusSettingAccess().getTimeoutSettingParserRuleCall_3());
                    		
                    pushFollow(FOLLOW_2);
                    this_TimeoutSetting_3=ruleTimeoutSetting();

                    state._fsp--;


                    			current = this_TimeoutSetting_3;
                    			afterParserOrEnumRuleCall();
                    		

                    }
                    break;
                case 5 :
                    // InternalTwin.g:488:3: this_RetriesSetting_4= ruleRetriesSetting
                    {

                    			newCompositeNode(grammarAccess.getModbusSettingAccess().getRetriesSettingParserRuleCall_4());
                    		
                    pushFollow(FOLLOW_2);
                    this_RetriesSetting_4=ruleRetriesSetting();

                    state._fsp--;


                    			current = this_RetriesSetting_4;
                    			afterParserOrEnumRuleCall();
                    		

                    }
                    break;
                case 6 :
                    // InternalTwin.g:497:3: this_MaxRegistersSetting_5= ruleMaxRegistersSetting
                    {

                    			newCompositeNode(grammarAccess.getModbusSettingAccess().getMaxRegistersSettingParserRuleCall_5());
                    		
                    pushFollow(FOLLOW_2);
                    this_MaxRegistersSetting_5=ruleMaxRegistersSetting();

                    state._fsp--;


                    			current = this_MaxRegistersSetting_5;
                    			afterParserOrEnumRuleCall();
                    		

                    }
                    break;
                case 7 :
                    // InternalTwin.g:506:3: this_MaxGapSetting_6= ruleMaxGapSetting
                    {

                    			newCompositeNode(grammarAccess.getModbusSettingAccess().getMaxGapSettingParserRuleCall_6());
                    		
                    pushFollow(FOLLOW_2);
                    this_MaxGapSetting_6=ruleMaxGapSetting();

                    state._fsp--;


                    			current = this_MaxGapSetting_6;
                    			afterParserOrEnumRuleCall();
                    		

                    }
                    break;
                case 8 :
                    // InternalTwin.g:515:3: this_AddressingSetting_7= ruleAddressingSetting
                    {

                    			newCompositeNode(grammarAccess.getModbusSettingAccess().getAddressingSettingParserRuleCall_7());
                    		
                    pushFollow(FOLLOW_2);
                    this_AddressingSetting_7=ruleAddressingSetting();

                    state._fsp--;


                    			current = this_AddressingSetting_7;
                    			afterParserOrEnumRuleCall();
                    		

                    }
                    break;

            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleModbusSetting"


    // $ANTLR start "entryRuleOpcUaConnection"
    // InternalTwin.g:527:1: entryRuleOpcUaConnection returns [EObject current=null] : iv_ruleOpcUaConnection= ruleOpcUaConnection EOF ;
    public final EObject entryRuleOpcUaConnection() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleOpcUaConnection = null;


        try {
            // InternalTwin.g:527:56: (iv_ruleOpcUaConnection= ruleOpcUaConnection EOF )
            // InternalTwin.g:528:2: iv_ruleOpcUaConnection= ruleOpcUaConnection EOF
            {
             newCompositeNode(grammarAccess.getOpcUaConnectionRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleOpcUaConnection=ruleOpcUaConnection();

            state._fsp--;

             current =iv_ruleOpcUaConnection; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleOpcUaConnection"


    // $ANTLR start "ruleOpcUaConnection"
    // InternalTwin.g:534:1: ruleOpcUaConnection returns [EObject current=null] : (otherlv_0= 'connection' ( (lv_name_1_0= RULE_ID ) ) otherlv_2= 'opcua' ( (lv_endpoint_3_0= RULE_STRING ) )? (otherlv_4= '{' ( ( (lv_settings_5_0= ruleOpcUaSetting ) ) ( (otherlv_6= ',' )? ( (lv_settings_7_0= ruleOpcUaSetting ) ) )* )? otherlv_8= '}' )? ) ;
    public final EObject ruleOpcUaConnection() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Token lv_name_1_0=null;
        Token otherlv_2=null;
        Token lv_endpoint_3_0=null;
        Token otherlv_4=null;
        Token otherlv_6=null;
        Token otherlv_8=null;
        EObject lv_settings_5_0 = null;

        EObject lv_settings_7_0 = null;



        	enterRule();

        try {
            // InternalTwin.g:540:2: ( (otherlv_0= 'connection' ( (lv_name_1_0= RULE_ID ) ) otherlv_2= 'opcua' ( (lv_endpoint_3_0= RULE_STRING ) )? (otherlv_4= '{' ( ( (lv_settings_5_0= ruleOpcUaSetting ) ) ( (otherlv_6= ',' )? ( (lv_settings_7_0= ruleOpcUaSetting ) ) )* )? otherlv_8= '}' )? ) )
            // InternalTwin.g:541:2: (otherlv_0= 'connection' ( (lv_name_1_0= RULE_ID ) ) otherlv_2= 'opcua' ( (lv_endpoint_3_0= RULE_STRING ) )? (otherlv_4= '{' ( ( (lv_settings_5_0= ruleOpcUaSetting ) ) ( (otherlv_6= ',' )? ( (lv_settings_7_0= ruleOpcUaSetting ) ) )* )? otherlv_8= '}' )? )
            {
            // InternalTwin.g:541:2: (otherlv_0= 'connection' ( (lv_name_1_0= RULE_ID ) ) otherlv_2= 'opcua' ( (lv_endpoint_3_0= RULE_STRING ) )? (otherlv_4= '{' ( ( (lv_settings_5_0= ruleOpcUaSetting ) ) ( (otherlv_6= ',' )? ( (lv_settings_7_0= ruleOpcUaSetting ) ) )* )? otherlv_8= '}' )? )
            // InternalTwin.g:542:3: otherlv_0= 'connection' ( (lv_name_1_0= RULE_ID ) ) otherlv_2= 'opcua' ( (lv_endpoint_3_0= RULE_STRING ) )? (otherlv_4= '{' ( ( (lv_settings_5_0= ruleOpcUaSetting ) ) ( (otherlv_6= ',' )? ( (lv_settings_7_0= ruleOpcUaSetting ) ) )* )? otherlv_8= '}' )?
            {
            otherlv_0=(Token)match(input,14,FOLLOW_3); 

            			newLeafNode(otherlv_0, grammarAccess.getOpcUaConnectionAccess().getConnectionKeyword_0());
            		
            // InternalTwin.g:546:3: ( (lv_name_1_0= RULE_ID ) )
            // InternalTwin.g:547:4: (lv_name_1_0= RULE_ID )
            {
            // InternalTwin.g:547:4: (lv_name_1_0= RULE_ID )
            // InternalTwin.g:548:5: lv_name_1_0= RULE_ID
            {
            lv_name_1_0=(Token)match(input,RULE_ID,FOLLOW_16); 

            					newLeafNode(lv_name_1_0, grammarAccess.getOpcUaConnectionAccess().getNameIDTerminalRuleCall_1_0());
            				

            					if (current==null) {
            						current = createModelElement(grammarAccess.getOpcUaConnectionRule());
            					}
            					setWithLastConsumed(
            						current,
            						"name",
            						lv_name_1_0,
            						"org.fieldbridge.dsl.Twin.ID");
            				

            }


            }

            otherlv_2=(Token)match(input,21,FOLLOW_17); 

            			newLeafNode(otherlv_2, grammarAccess.getOpcUaConnectionAccess().getOpcuaKeyword_2());
            		
            // InternalTwin.g:568:3: ( (lv_endpoint_3_0= RULE_STRING ) )?
            int alt13=2;
            int LA13_0 = input.LA(1);

            if ( (LA13_0==RULE_STRING) ) {
                alt13=1;
            }
            switch (alt13) {
                case 1 :
                    // InternalTwin.g:569:4: (lv_endpoint_3_0= RULE_STRING )
                    {
                    // InternalTwin.g:569:4: (lv_endpoint_3_0= RULE_STRING )
                    // InternalTwin.g:570:5: lv_endpoint_3_0= RULE_STRING
                    {
                    lv_endpoint_3_0=(Token)match(input,RULE_STRING,FOLLOW_12); 

                    					newLeafNode(lv_endpoint_3_0, grammarAccess.getOpcUaConnectionAccess().getEndpointSTRINGTerminalRuleCall_3_0());
                    				

                    					if (current==null) {
                    						current = createModelElement(grammarAccess.getOpcUaConnectionRule());
                    					}
                    					setWithLastConsumed(
                    						current,
                    						"endpoint",
                    						lv_endpoint_3_0,
                    						"org.fieldbridge.dsl.Twin.STRING");
                    				

                    }


                    }
                    break;

            }

            // InternalTwin.g:586:3: (otherlv_4= '{' ( ( (lv_settings_5_0= ruleOpcUaSetting ) ) ( (otherlv_6= ',' )? ( (lv_settings_7_0= ruleOpcUaSetting ) ) )* )? otherlv_8= '}' )?
            int alt17=2;
            int LA17_0 = input.LA(1);

            if ( (LA17_0==18) ) {
                alt17=1;
            }
            switch (alt17) {
                case 1 :
                    // InternalTwin.g:587:4: otherlv_4= '{' ( ( (lv_settings_5_0= ruleOpcUaSetting ) ) ( (otherlv_6= ',' )? ( (lv_settings_7_0= ruleOpcUaSetting ) ) )* )? otherlv_8= '}'
                    {
                    otherlv_4=(Token)match(input,18,FOLLOW_18); 

                    				newLeafNode(otherlv_4, grammarAccess.getOpcUaConnectionAccess().getLeftCurlyBracketKeyword_4_0());
                    			
                    // InternalTwin.g:591:4: ( ( (lv_settings_5_0= ruleOpcUaSetting ) ) ( (otherlv_6= ',' )? ( (lv_settings_7_0= ruleOpcUaSetting ) ) )* )?
                    int alt16=2;
                    int LA16_0 = input.LA(1);

                    if ( (LA16_0==26||(LA16_0>=32 && LA16_0<=33)||(LA16_0>=38 && LA16_0<=39)) ) {
                        alt16=1;
                    }
                    switch (alt16) {
                        case 1 :
                            // InternalTwin.g:592:5: ( (lv_settings_5_0= ruleOpcUaSetting ) ) ( (otherlv_6= ',' )? ( (lv_settings_7_0= ruleOpcUaSetting ) ) )*
                            {
                            // InternalTwin.g:592:5: ( (lv_settings_5_0= ruleOpcUaSetting ) )
                            // InternalTwin.g:593:6: (lv_settings_5_0= ruleOpcUaSetting )
                            {
                            // InternalTwin.g:593:6: (lv_settings_5_0= ruleOpcUaSetting )
                            // InternalTwin.g:594:7: lv_settings_5_0= ruleOpcUaSetting
                            {

                            							newCompositeNode(grammarAccess.getOpcUaConnectionAccess().getSettingsOpcUaSettingParserRuleCall_4_1_0_0());
                            						
                            pushFollow(FOLLOW_19);
                            lv_settings_5_0=ruleOpcUaSetting();

                            state._fsp--;


                            							if (current==null) {
                            								current = createModelElementForParent(grammarAccess.getOpcUaConnectionRule());
                            							}
                            							add(
                            								current,
                            								"settings",
                            								lv_settings_5_0,
                            								"org.fieldbridge.dsl.Twin.OpcUaSetting");
                            							afterParserOrEnumRuleCall();
                            						

                            }


                            }

                            // InternalTwin.g:611:5: ( (otherlv_6= ',' )? ( (lv_settings_7_0= ruleOpcUaSetting ) ) )*
                            loop15:
                            do {
                                int alt15=2;
                                int LA15_0 = input.LA(1);

                                if ( (LA15_0==19||LA15_0==26||(LA15_0>=32 && LA15_0<=33)||(LA15_0>=38 && LA15_0<=39)) ) {
                                    alt15=1;
                                }


                                switch (alt15) {
                            	case 1 :
                            	    // InternalTwin.g:612:6: (otherlv_6= ',' )? ( (lv_settings_7_0= ruleOpcUaSetting ) )
                            	    {
                            	    // InternalTwin.g:612:6: (otherlv_6= ',' )?
                            	    int alt14=2;
                            	    int LA14_0 = input.LA(1);

                            	    if ( (LA14_0==19) ) {
                            	        alt14=1;
                            	    }
                            	    switch (alt14) {
                            	        case 1 :
                            	            // InternalTwin.g:613:7: otherlv_6= ','
                            	            {
                            	            otherlv_6=(Token)match(input,19,FOLLOW_20); 

                            	            							newLeafNode(otherlv_6, grammarAccess.getOpcUaConnectionAccess().getCommaKeyword_4_1_1_0());
                            	            						

                            	            }
                            	            break;

                            	    }

                            	    // InternalTwin.g:618:6: ( (lv_settings_7_0= ruleOpcUaSetting ) )
                            	    // InternalTwin.g:619:7: (lv_settings_7_0= ruleOpcUaSetting )
                            	    {
                            	    // InternalTwin.g:619:7: (lv_settings_7_0= ruleOpcUaSetting )
                            	    // InternalTwin.g:620:8: lv_settings_7_0= ruleOpcUaSetting
                            	    {

                            	    								newCompositeNode(grammarAccess.getOpcUaConnectionAccess().getSettingsOpcUaSettingParserRuleCall_4_1_1_1_0());
                            	    							
                            	    pushFollow(FOLLOW_19);
                            	    lv_settings_7_0=ruleOpcUaSetting();

                            	    state._fsp--;


                            	    								if (current==null) {
                            	    									current = createModelElementForParent(grammarAccess.getOpcUaConnectionRule());
                            	    								}
                            	    								add(
                            	    									current,
                            	    									"settings",
                            	    									lv_settings_7_0,
                            	    									"org.fieldbridge.dsl.Twin.OpcUaSetting");
                            	    								afterParserOrEnumRuleCall();
                            	    							

                            	    }


                            	    }


                            	    }
                            	    break;

                            	default :
                            	    break loop15;
                                }
                            } while (true);


                            }
                            break;

                    }

                    otherlv_8=(Token)match(input,20,FOLLOW_2); 

                    				newLeafNode(otherlv_8, grammarAccess.getOpcUaConnectionAccess().getRightCurlyBracketKeyword_4_2());
                    			

                    }
                    break;

            }


            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleOpcUaConnection"


    // $ANTLR start "entryRuleOpcUaSetting"
    // InternalTwin.g:648:1: entryRuleOpcUaSetting returns [EObject current=null] : iv_ruleOpcUaSetting= ruleOpcUaSetting EOF ;
    public final EObject entryRuleOpcUaSetting() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleOpcUaSetting = null;


        try {
            // InternalTwin.g:648:53: (iv_ruleOpcUaSetting= ruleOpcUaSetting EOF )
            // InternalTwin.g:649:2: iv_ruleOpcUaSetting= ruleOpcUaSetting EOF
            {
             newCompositeNode(grammarAccess.getOpcUaSettingRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleOpcUaSetting=ruleOpcUaSetting();

            state._fsp--;

             current =iv_ruleOpcUaSetting; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleOpcUaSetting"


    // $ANTLR start "ruleOpcUaSetting"
    // InternalTwin.g:655:1: ruleOpcUaSetting returns [EObject current=null] : (this_SecuritySetting_0= ruleSecuritySetting | this_IdentitySetting_1= ruleIdentitySetting | this_SamplingSetting_2= ruleSamplingSetting | this_PublishingSetting_3= rulePublishingSetting | this_TimeoutSetting_4= ruleTimeoutSetting ) ;
    public final EObject ruleOpcUaSetting() throws RecognitionException {
        EObject current = null;

        EObject this_SecuritySetting_0 = null;

        EObject this_IdentitySetting_1 = null;

        EObject this_SamplingSetting_2 = null;

        EObject this_PublishingSetting_3 = null;

        EObject this_TimeoutSetting_4 = null;



        	enterRule();

        try {
            // InternalTwin.g:661:2: ( (this_SecuritySetting_0= ruleSecuritySetting | this_IdentitySetting_1= ruleIdentitySetting | this_SamplingSetting_2= ruleSamplingSetting | this_PublishingSetting_3= rulePublishingSetting | this_TimeoutSetting_4= ruleTimeoutSetting ) )
            // InternalTwin.g:662:2: (this_SecuritySetting_0= ruleSecuritySetting | this_IdentitySetting_1= ruleIdentitySetting | this_SamplingSetting_2= ruleSamplingSetting | this_PublishingSetting_3= rulePublishingSetting | this_TimeoutSetting_4= ruleTimeoutSetting )
            {
            // InternalTwin.g:662:2: (this_SecuritySetting_0= ruleSecuritySetting | this_IdentitySetting_1= ruleIdentitySetting | this_SamplingSetting_2= ruleSamplingSetting | this_PublishingSetting_3= rulePublishingSetting | this_TimeoutSetting_4= ruleTimeoutSetting )
            int alt18=5;
            switch ( input.LA(1) ) {
            case 32:
                {
                alt18=1;
                }
                break;
            case 33:
                {
                alt18=2;
                }
                break;
            case 38:
                {
                alt18=3;
                }
                break;
            case 39:
                {
                alt18=4;
                }
                break;
            case 26:
                {
                alt18=5;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 18, 0, input);

                throw nvae;
            }

            switch (alt18) {
                case 1 :
                    // InternalTwin.g:663:3: this_SecuritySetting_0= ruleSecuritySetting
                    {

                    			newCompositeNode(grammarAccess.getOpcUaSettingAccess().getSecuritySettingParserRuleCall_0());
                    		
                    pushFollow(FOLLOW_2);
                    this_SecuritySetting_0=ruleSecuritySetting();

                    state._fsp--;


                    			current = this_SecuritySetting_0;
                    			afterParserOrEnumRuleCall();
                    		

                    }
                    break;
                case 2 :
                    // InternalTwin.g:672:3: this_IdentitySetting_1= ruleIdentitySetting
                    {

                    			newCompositeNode(grammarAccess.getOpcUaSettingAccess().getIdentitySettingParserRuleCall_1());
                    		
                    pushFollow(FOLLOW_2);
                    this_IdentitySetting_1=ruleIdentitySetting();

                    state._fsp--;


                    			current = this_IdentitySetting_1;
                    			afterParserOrEnumRuleCall();
                    		

                    }
                    break;
                case 3 :
                    // InternalTwin.g:681:3: this_SamplingSetting_2= ruleSamplingSetting
                    {

                    			newCompositeNode(grammarAccess.getOpcUaSettingAccess().getSamplingSettingParserRuleCall_2());
                    		
                    pushFollow(FOLLOW_2);
                    this_SamplingSetting_2=ruleSamplingSetting();

                    state._fsp--;


                    			current = this_SamplingSetting_2;
                    			afterParserOrEnumRuleCall();
                    		

                    }
                    break;
                case 4 :
                    // InternalTwin.g:690:3: this_PublishingSetting_3= rulePublishingSetting
                    {

                    			newCompositeNode(grammarAccess.getOpcUaSettingAccess().getPublishingSettingParserRuleCall_3());
                    		
                    pushFollow(FOLLOW_2);
                    this_PublishingSetting_3=rulePublishingSetting();

                    state._fsp--;


                    			current = this_PublishingSetting_3;
                    			afterParserOrEnumRuleCall();
                    		

                    }
                    break;
                case 5 :
                    // InternalTwin.g:699:3: this_TimeoutSetting_4= ruleTimeoutSetting
                    {

                    			newCompositeNode(grammarAccess.getOpcUaSettingAccess().getTimeoutSettingParserRuleCall_4());
                    		
                    pushFollow(FOLLOW_2);
                    this_TimeoutSetting_4=ruleTimeoutSetting();

                    state._fsp--;


                    			current = this_TimeoutSetting_4;
                    			afterParserOrEnumRuleCall();
                    		

                    }
                    break;

            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleOpcUaSetting"


    // $ANTLR start "entryRuleByteOrderSetting"
    // InternalTwin.g:711:1: entryRuleByteOrderSetting returns [EObject current=null] : iv_ruleByteOrderSetting= ruleByteOrderSetting EOF ;
    public final EObject entryRuleByteOrderSetting() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleByteOrderSetting = null;


        try {
            // InternalTwin.g:711:57: (iv_ruleByteOrderSetting= ruleByteOrderSetting EOF )
            // InternalTwin.g:712:2: iv_ruleByteOrderSetting= ruleByteOrderSetting EOF
            {
             newCompositeNode(grammarAccess.getByteOrderSettingRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleByteOrderSetting=ruleByteOrderSetting();

            state._fsp--;

             current =iv_ruleByteOrderSetting; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleByteOrderSetting"


    // $ANTLR start "ruleByteOrderSetting"
    // InternalTwin.g:718:1: ruleByteOrderSetting returns [EObject current=null] : (otherlv_0= 'byte' otherlv_1= 'order' ( (lv_order_2_0= ruleEndianness ) ) ) ;
    public final EObject ruleByteOrderSetting() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Token otherlv_1=null;
        Enumerator lv_order_2_0 = null;



        	enterRule();

        try {
            // InternalTwin.g:724:2: ( (otherlv_0= 'byte' otherlv_1= 'order' ( (lv_order_2_0= ruleEndianness ) ) ) )
            // InternalTwin.g:725:2: (otherlv_0= 'byte' otherlv_1= 'order' ( (lv_order_2_0= ruleEndianness ) ) )
            {
            // InternalTwin.g:725:2: (otherlv_0= 'byte' otherlv_1= 'order' ( (lv_order_2_0= ruleEndianness ) ) )
            // InternalTwin.g:726:3: otherlv_0= 'byte' otherlv_1= 'order' ( (lv_order_2_0= ruleEndianness ) )
            {
            otherlv_0=(Token)match(input,22,FOLLOW_21); 

            			newLeafNode(otherlv_0, grammarAccess.getByteOrderSettingAccess().getByteKeyword_0());
            		
            otherlv_1=(Token)match(input,23,FOLLOW_22); 

            			newLeafNode(otherlv_1, grammarAccess.getByteOrderSettingAccess().getOrderKeyword_1());
            		
            // InternalTwin.g:734:3: ( (lv_order_2_0= ruleEndianness ) )
            // InternalTwin.g:735:4: (lv_order_2_0= ruleEndianness )
            {
            // InternalTwin.g:735:4: (lv_order_2_0= ruleEndianness )
            // InternalTwin.g:736:5: lv_order_2_0= ruleEndianness
            {

            					newCompositeNode(grammarAccess.getByteOrderSettingAccess().getOrderEndiannessEnumRuleCall_2_0());
            				
            pushFollow(FOLLOW_2);
            lv_order_2_0=ruleEndianness();

            state._fsp--;


            					if (current==null) {
            						current = createModelElementForParent(grammarAccess.getByteOrderSettingRule());
            					}
            					set(
            						current,
            						"order",
            						lv_order_2_0,
            						"org.fieldbridge.dsl.Twin.Endianness");
            					afterParserOrEnumRuleCall();
            				

            }


            }


            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleByteOrderSetting"


    // $ANTLR start "entryRuleWordOrderSetting"
    // InternalTwin.g:757:1: entryRuleWordOrderSetting returns [EObject current=null] : iv_ruleWordOrderSetting= ruleWordOrderSetting EOF ;
    public final EObject entryRuleWordOrderSetting() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleWordOrderSetting = null;


        try {
            // InternalTwin.g:757:57: (iv_ruleWordOrderSetting= ruleWordOrderSetting EOF )
            // InternalTwin.g:758:2: iv_ruleWordOrderSetting= ruleWordOrderSetting EOF
            {
             newCompositeNode(grammarAccess.getWordOrderSettingRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleWordOrderSetting=ruleWordOrderSetting();

            state._fsp--;

             current =iv_ruleWordOrderSetting; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleWordOrderSetting"


    // $ANTLR start "ruleWordOrderSetting"
    // InternalTwin.g:764:1: ruleWordOrderSetting returns [EObject current=null] : (otherlv_0= 'word' otherlv_1= 'order' ( (lv_order_2_0= ruleEndianness ) ) ) ;
    public final EObject ruleWordOrderSetting() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Token otherlv_1=null;
        Enumerator lv_order_2_0 = null;



        	enterRule();

        try {
            // InternalTwin.g:770:2: ( (otherlv_0= 'word' otherlv_1= 'order' ( (lv_order_2_0= ruleEndianness ) ) ) )
            // InternalTwin.g:771:2: (otherlv_0= 'word' otherlv_1= 'order' ( (lv_order_2_0= ruleEndianness ) ) )
            {
            // InternalTwin.g:771:2: (otherlv_0= 'word' otherlv_1= 'order' ( (lv_order_2_0= ruleEndianness ) ) )
            // InternalTwin.g:772:3: otherlv_0= 'word' otherlv_1= 'order' ( (lv_order_2_0= ruleEndianness ) )
            {
            otherlv_0=(Token)match(input,24,FOLLOW_21); 

            			newLeafNode(otherlv_0, grammarAccess.getWordOrderSettingAccess().getWordKeyword_0());
            		
            otherlv_1=(Token)match(input,23,FOLLOW_22); 

            			newLeafNode(otherlv_1, grammarAccess.getWordOrderSettingAccess().getOrderKeyword_1());
            		
            // InternalTwin.g:780:3: ( (lv_order_2_0= ruleEndianness ) )
            // InternalTwin.g:781:4: (lv_order_2_0= ruleEndianness )
            {
            // InternalTwin.g:781:4: (lv_order_2_0= ruleEndianness )
            // InternalTwin.g:782:5: lv_order_2_0= ruleEndianness
            {

            					newCompositeNode(grammarAccess.getWordOrderSettingAccess().getOrderEndiannessEnumRuleCall_2_0());
            				
            pushFollow(FOLLOW_2);
            lv_order_2_0=ruleEndianness();

            state._fsp--;


            					if (current==null) {
            						current = createModelElementForParent(grammarAccess.getWordOrderSettingRule());
            					}
            					set(
            						current,
            						"order",
            						lv_order_2_0,
            						"org.fieldbridge.dsl.Twin.Endianness");
            					afterParserOrEnumRuleCall();
            				

            }


            }


            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleWordOrderSetting"


    // $ANTLR start "entryRulePollSetting"
    // InternalTwin.g:803:1: entryRulePollSetting returns [EObject current=null] : iv_rulePollSetting= rulePollSetting EOF ;
    public final EObject entryRulePollSetting() throws RecognitionException {
        EObject current = null;

        EObject iv_rulePollSetting = null;


        try {
            // InternalTwin.g:803:52: (iv_rulePollSetting= rulePollSetting EOF )
            // InternalTwin.g:804:2: iv_rulePollSetting= rulePollSetting EOF
            {
             newCompositeNode(grammarAccess.getPollSettingRule()); 
            pushFollow(FOLLOW_1);
            iv_rulePollSetting=rulePollSetting();

            state._fsp--;

             current =iv_rulePollSetting; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRulePollSetting"


    // $ANTLR start "rulePollSetting"
    // InternalTwin.g:810:1: rulePollSetting returns [EObject current=null] : (otherlv_0= 'poll' ( (lv_period_1_0= ruleDuration ) ) ) ;
    public final EObject rulePollSetting() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        EObject lv_period_1_0 = null;



        	enterRule();

        try {
            // InternalTwin.g:816:2: ( (otherlv_0= 'poll' ( (lv_period_1_0= ruleDuration ) ) ) )
            // InternalTwin.g:817:2: (otherlv_0= 'poll' ( (lv_period_1_0= ruleDuration ) ) )
            {
            // InternalTwin.g:817:2: (otherlv_0= 'poll' ( (lv_period_1_0= ruleDuration ) ) )
            // InternalTwin.g:818:3: otherlv_0= 'poll' ( (lv_period_1_0= ruleDuration ) )
            {
            otherlv_0=(Token)match(input,25,FOLLOW_11); 

            			newLeafNode(otherlv_0, grammarAccess.getPollSettingAccess().getPollKeyword_0());
            		
            // InternalTwin.g:822:3: ( (lv_period_1_0= ruleDuration ) )
            // InternalTwin.g:823:4: (lv_period_1_0= ruleDuration )
            {
            // InternalTwin.g:823:4: (lv_period_1_0= ruleDuration )
            // InternalTwin.g:824:5: lv_period_1_0= ruleDuration
            {

            					newCompositeNode(grammarAccess.getPollSettingAccess().getPeriodDurationParserRuleCall_1_0());
            				
            pushFollow(FOLLOW_2);
            lv_period_1_0=ruleDuration();

            state._fsp--;


            					if (current==null) {
            						current = createModelElementForParent(grammarAccess.getPollSettingRule());
            					}
            					set(
            						current,
            						"period",
            						lv_period_1_0,
            						"org.fieldbridge.dsl.Twin.Duration");
            					afterParserOrEnumRuleCall();
            				

            }


            }


            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "rulePollSetting"


    // $ANTLR start "entryRuleTimeoutSetting"
    // InternalTwin.g:845:1: entryRuleTimeoutSetting returns [EObject current=null] : iv_ruleTimeoutSetting= ruleTimeoutSetting EOF ;
    public final EObject entryRuleTimeoutSetting() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleTimeoutSetting = null;


        try {
            // InternalTwin.g:845:55: (iv_ruleTimeoutSetting= ruleTimeoutSetting EOF )
            // InternalTwin.g:846:2: iv_ruleTimeoutSetting= ruleTimeoutSetting EOF
            {
             newCompositeNode(grammarAccess.getTimeoutSettingRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleTimeoutSetting=ruleTimeoutSetting();

            state._fsp--;

             current =iv_ruleTimeoutSetting; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleTimeoutSetting"


    // $ANTLR start "ruleTimeoutSetting"
    // InternalTwin.g:852:1: ruleTimeoutSetting returns [EObject current=null] : (otherlv_0= 'timeout' ( (lv_period_1_0= ruleDuration ) ) ) ;
    public final EObject ruleTimeoutSetting() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        EObject lv_period_1_0 = null;



        	enterRule();

        try {
            // InternalTwin.g:858:2: ( (otherlv_0= 'timeout' ( (lv_period_1_0= ruleDuration ) ) ) )
            // InternalTwin.g:859:2: (otherlv_0= 'timeout' ( (lv_period_1_0= ruleDuration ) ) )
            {
            // InternalTwin.g:859:2: (otherlv_0= 'timeout' ( (lv_period_1_0= ruleDuration ) ) )
            // InternalTwin.g:860:3: otherlv_0= 'timeout' ( (lv_period_1_0= ruleDuration ) )
            {
            otherlv_0=(Token)match(input,26,FOLLOW_11); 

            			newLeafNode(otherlv_0, grammarAccess.getTimeoutSettingAccess().getTimeoutKeyword_0());
            		
            // InternalTwin.g:864:3: ( (lv_period_1_0= ruleDuration ) )
            // InternalTwin.g:865:4: (lv_period_1_0= ruleDuration )
            {
            // InternalTwin.g:865:4: (lv_period_1_0= ruleDuration )
            // InternalTwin.g:866:5: lv_period_1_0= ruleDuration
            {

            					newCompositeNode(grammarAccess.getTimeoutSettingAccess().getPeriodDurationParserRuleCall_1_0());
            				
            pushFollow(FOLLOW_2);
            lv_period_1_0=ruleDuration();

            state._fsp--;


            					if (current==null) {
            						current = createModelElementForParent(grammarAccess.getTimeoutSettingRule());
            					}
            					set(
            						current,
            						"period",
            						lv_period_1_0,
            						"org.fieldbridge.dsl.Twin.Duration");
            					afterParserOrEnumRuleCall();
            				

            }


            }


            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleTimeoutSetting"


    // $ANTLR start "entryRuleRetriesSetting"
    // InternalTwin.g:887:1: entryRuleRetriesSetting returns [EObject current=null] : iv_ruleRetriesSetting= ruleRetriesSetting EOF ;
    public final EObject entryRuleRetriesSetting() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleRetriesSetting = null;


        try {
            // InternalTwin.g:887:55: (iv_ruleRetriesSetting= ruleRetriesSetting EOF )
            // InternalTwin.g:888:2: iv_ruleRetriesSetting= ruleRetriesSetting EOF
            {
             newCompositeNode(grammarAccess.getRetriesSettingRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleRetriesSetting=ruleRetriesSetting();

            state._fsp--;

             current =iv_ruleRetriesSetting; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleRetriesSetting"


    // $ANTLR start "ruleRetriesSetting"
    // InternalTwin.g:894:1: ruleRetriesSetting returns [EObject current=null] : (otherlv_0= 'retries' ( (lv_count_1_0= RULE_INT ) ) ) ;
    public final EObject ruleRetriesSetting() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Token lv_count_1_0=null;


        	enterRule();

        try {
            // InternalTwin.g:900:2: ( (otherlv_0= 'retries' ( (lv_count_1_0= RULE_INT ) ) ) )
            // InternalTwin.g:901:2: (otherlv_0= 'retries' ( (lv_count_1_0= RULE_INT ) ) )
            {
            // InternalTwin.g:901:2: (otherlv_0= 'retries' ( (lv_count_1_0= RULE_INT ) ) )
            // InternalTwin.g:902:3: otherlv_0= 'retries' ( (lv_count_1_0= RULE_INT ) )
            {
            otherlv_0=(Token)match(input,27,FOLLOW_11); 

            			newLeafNode(otherlv_0, grammarAccess.getRetriesSettingAccess().getRetriesKeyword_0());
            		
            // InternalTwin.g:906:3: ( (lv_count_1_0= RULE_INT ) )
            // InternalTwin.g:907:4: (lv_count_1_0= RULE_INT )
            {
            // InternalTwin.g:907:4: (lv_count_1_0= RULE_INT )
            // InternalTwin.g:908:5: lv_count_1_0= RULE_INT
            {
            lv_count_1_0=(Token)match(input,RULE_INT,FOLLOW_2); 

            					newLeafNode(lv_count_1_0, grammarAccess.getRetriesSettingAccess().getCountINTTerminalRuleCall_1_0());
            				

            					if (current==null) {
            						current = createModelElement(grammarAccess.getRetriesSettingRule());
            					}
            					setWithLastConsumed(
            						current,
            						"count",
            						lv_count_1_0,
            						"org.fieldbridge.dsl.Twin.INT");
            				

            }


            }


            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleRetriesSetting"


    // $ANTLR start "entryRuleMaxRegistersSetting"
    // InternalTwin.g:928:1: entryRuleMaxRegistersSetting returns [EObject current=null] : iv_ruleMaxRegistersSetting= ruleMaxRegistersSetting EOF ;
    public final EObject entryRuleMaxRegistersSetting() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleMaxRegistersSetting = null;


        try {
            // InternalTwin.g:928:60: (iv_ruleMaxRegistersSetting= ruleMaxRegistersSetting EOF )
            // InternalTwin.g:929:2: iv_ruleMaxRegistersSetting= ruleMaxRegistersSetting EOF
            {
             newCompositeNode(grammarAccess.getMaxRegistersSettingRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleMaxRegistersSetting=ruleMaxRegistersSetting();

            state._fsp--;

             current =iv_ruleMaxRegistersSetting; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleMaxRegistersSetting"


    // $ANTLR start "ruleMaxRegistersSetting"
    // InternalTwin.g:935:1: ruleMaxRegistersSetting returns [EObject current=null] : (otherlv_0= 'max' otherlv_1= 'registers' ( (lv_count_2_0= RULE_INT ) ) ) ;
    public final EObject ruleMaxRegistersSetting() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Token otherlv_1=null;
        Token lv_count_2_0=null;


        	enterRule();

        try {
            // InternalTwin.g:941:2: ( (otherlv_0= 'max' otherlv_1= 'registers' ( (lv_count_2_0= RULE_INT ) ) ) )
            // InternalTwin.g:942:2: (otherlv_0= 'max' otherlv_1= 'registers' ( (lv_count_2_0= RULE_INT ) ) )
            {
            // InternalTwin.g:942:2: (otherlv_0= 'max' otherlv_1= 'registers' ( (lv_count_2_0= RULE_INT ) ) )
            // InternalTwin.g:943:3: otherlv_0= 'max' otherlv_1= 'registers' ( (lv_count_2_0= RULE_INT ) )
            {
            otherlv_0=(Token)match(input,28,FOLLOW_23); 

            			newLeafNode(otherlv_0, grammarAccess.getMaxRegistersSettingAccess().getMaxKeyword_0());
            		
            otherlv_1=(Token)match(input,29,FOLLOW_11); 

            			newLeafNode(otherlv_1, grammarAccess.getMaxRegistersSettingAccess().getRegistersKeyword_1());
            		
            // InternalTwin.g:951:3: ( (lv_count_2_0= RULE_INT ) )
            // InternalTwin.g:952:4: (lv_count_2_0= RULE_INT )
            {
            // InternalTwin.g:952:4: (lv_count_2_0= RULE_INT )
            // InternalTwin.g:953:5: lv_count_2_0= RULE_INT
            {
            lv_count_2_0=(Token)match(input,RULE_INT,FOLLOW_2); 

            					newLeafNode(lv_count_2_0, grammarAccess.getMaxRegistersSettingAccess().getCountINTTerminalRuleCall_2_0());
            				

            					if (current==null) {
            						current = createModelElement(grammarAccess.getMaxRegistersSettingRule());
            					}
            					setWithLastConsumed(
            						current,
            						"count",
            						lv_count_2_0,
            						"org.fieldbridge.dsl.Twin.INT");
            				

            }


            }


            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleMaxRegistersSetting"


    // $ANTLR start "entryRuleMaxGapSetting"
    // InternalTwin.g:973:1: entryRuleMaxGapSetting returns [EObject current=null] : iv_ruleMaxGapSetting= ruleMaxGapSetting EOF ;
    public final EObject entryRuleMaxGapSetting() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleMaxGapSetting = null;


        try {
            // InternalTwin.g:973:54: (iv_ruleMaxGapSetting= ruleMaxGapSetting EOF )
            // InternalTwin.g:974:2: iv_ruleMaxGapSetting= ruleMaxGapSetting EOF
            {
             newCompositeNode(grammarAccess.getMaxGapSettingRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleMaxGapSetting=ruleMaxGapSetting();

            state._fsp--;

             current =iv_ruleMaxGapSetting; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleMaxGapSetting"


    // $ANTLR start "ruleMaxGapSetting"
    // InternalTwin.g:980:1: ruleMaxGapSetting returns [EObject current=null] : (otherlv_0= 'max' otherlv_1= 'gap' ( (lv_count_2_0= RULE_INT ) ) ) ;
    public final EObject ruleMaxGapSetting() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Token otherlv_1=null;
        Token lv_count_2_0=null;


        	enterRule();

        try {
            // InternalTwin.g:986:2: ( (otherlv_0= 'max' otherlv_1= 'gap' ( (lv_count_2_0= RULE_INT ) ) ) )
            // InternalTwin.g:987:2: (otherlv_0= 'max' otherlv_1= 'gap' ( (lv_count_2_0= RULE_INT ) ) )
            {
            // InternalTwin.g:987:2: (otherlv_0= 'max' otherlv_1= 'gap' ( (lv_count_2_0= RULE_INT ) ) )
            // InternalTwin.g:988:3: otherlv_0= 'max' otherlv_1= 'gap' ( (lv_count_2_0= RULE_INT ) )
            {
            otherlv_0=(Token)match(input,28,FOLLOW_24); 

            			newLeafNode(otherlv_0, grammarAccess.getMaxGapSettingAccess().getMaxKeyword_0());
            		
            otherlv_1=(Token)match(input,30,FOLLOW_11); 

            			newLeafNode(otherlv_1, grammarAccess.getMaxGapSettingAccess().getGapKeyword_1());
            		
            // InternalTwin.g:996:3: ( (lv_count_2_0= RULE_INT ) )
            // InternalTwin.g:997:4: (lv_count_2_0= RULE_INT )
            {
            // InternalTwin.g:997:4: (lv_count_2_0= RULE_INT )
            // InternalTwin.g:998:5: lv_count_2_0= RULE_INT
            {
            lv_count_2_0=(Token)match(input,RULE_INT,FOLLOW_2); 

            					newLeafNode(lv_count_2_0, grammarAccess.getMaxGapSettingAccess().getCountINTTerminalRuleCall_2_0());
            				

            					if (current==null) {
            						current = createModelElement(grammarAccess.getMaxGapSettingRule());
            					}
            					setWithLastConsumed(
            						current,
            						"count",
            						lv_count_2_0,
            						"org.fieldbridge.dsl.Twin.INT");
            				

            }


            }


            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleMaxGapSetting"


    // $ANTLR start "entryRuleAddressingSetting"
    // InternalTwin.g:1018:1: entryRuleAddressingSetting returns [EObject current=null] : iv_ruleAddressingSetting= ruleAddressingSetting EOF ;
    public final EObject entryRuleAddressingSetting() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleAddressingSetting = null;


        try {
            // InternalTwin.g:1018:58: (iv_ruleAddressingSetting= ruleAddressingSetting EOF )
            // InternalTwin.g:1019:2: iv_ruleAddressingSetting= ruleAddressingSetting EOF
            {
             newCompositeNode(grammarAccess.getAddressingSettingRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleAddressingSetting=ruleAddressingSetting();

            state._fsp--;

             current =iv_ruleAddressingSetting; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleAddressingSetting"


    // $ANTLR start "ruleAddressingSetting"
    // InternalTwin.g:1025:1: ruleAddressingSetting returns [EObject current=null] : (otherlv_0= 'addressing' ( (lv_base_1_0= ruleAddressBase ) ) ) ;
    public final EObject ruleAddressingSetting() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Enumerator lv_base_1_0 = null;



        	enterRule();

        try {
            // InternalTwin.g:1031:2: ( (otherlv_0= 'addressing' ( (lv_base_1_0= ruleAddressBase ) ) ) )
            // InternalTwin.g:1032:2: (otherlv_0= 'addressing' ( (lv_base_1_0= ruleAddressBase ) ) )
            {
            // InternalTwin.g:1032:2: (otherlv_0= 'addressing' ( (lv_base_1_0= ruleAddressBase ) ) )
            // InternalTwin.g:1033:3: otherlv_0= 'addressing' ( (lv_base_1_0= ruleAddressBase ) )
            {
            otherlv_0=(Token)match(input,31,FOLLOW_25); 

            			newLeafNode(otherlv_0, grammarAccess.getAddressingSettingAccess().getAddressingKeyword_0());
            		
            // InternalTwin.g:1037:3: ( (lv_base_1_0= ruleAddressBase ) )
            // InternalTwin.g:1038:4: (lv_base_1_0= ruleAddressBase )
            {
            // InternalTwin.g:1038:4: (lv_base_1_0= ruleAddressBase )
            // InternalTwin.g:1039:5: lv_base_1_0= ruleAddressBase
            {

            					newCompositeNode(grammarAccess.getAddressingSettingAccess().getBaseAddressBaseEnumRuleCall_1_0());
            				
            pushFollow(FOLLOW_2);
            lv_base_1_0=ruleAddressBase();

            state._fsp--;


            					if (current==null) {
            						current = createModelElementForParent(grammarAccess.getAddressingSettingRule());
            					}
            					set(
            						current,
            						"base",
            						lv_base_1_0,
            						"org.fieldbridge.dsl.Twin.AddressBase");
            					afterParserOrEnumRuleCall();
            				

            }


            }


            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleAddressingSetting"


    // $ANTLR start "entryRuleSecuritySetting"
    // InternalTwin.g:1060:1: entryRuleSecuritySetting returns [EObject current=null] : iv_ruleSecuritySetting= ruleSecuritySetting EOF ;
    public final EObject entryRuleSecuritySetting() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleSecuritySetting = null;


        try {
            // InternalTwin.g:1060:56: (iv_ruleSecuritySetting= ruleSecuritySetting EOF )
            // InternalTwin.g:1061:2: iv_ruleSecuritySetting= ruleSecuritySetting EOF
            {
             newCompositeNode(grammarAccess.getSecuritySettingRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleSecuritySetting=ruleSecuritySetting();

            state._fsp--;

             current =iv_ruleSecuritySetting; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleSecuritySetting"


    // $ANTLR start "ruleSecuritySetting"
    // InternalTwin.g:1067:1: ruleSecuritySetting returns [EObject current=null] : (otherlv_0= 'security' ( (lv_policy_1_0= ruleSecurityPolicy ) ) ( (lv_mode_2_0= ruleSecurityMode ) ) ) ;
    public final EObject ruleSecuritySetting() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Enumerator lv_policy_1_0 = null;

        Enumerator lv_mode_2_0 = null;



        	enterRule();

        try {
            // InternalTwin.g:1073:2: ( (otherlv_0= 'security' ( (lv_policy_1_0= ruleSecurityPolicy ) ) ( (lv_mode_2_0= ruleSecurityMode ) ) ) )
            // InternalTwin.g:1074:2: (otherlv_0= 'security' ( (lv_policy_1_0= ruleSecurityPolicy ) ) ( (lv_mode_2_0= ruleSecurityMode ) ) )
            {
            // InternalTwin.g:1074:2: (otherlv_0= 'security' ( (lv_policy_1_0= ruleSecurityPolicy ) ) ( (lv_mode_2_0= ruleSecurityMode ) ) )
            // InternalTwin.g:1075:3: otherlv_0= 'security' ( (lv_policy_1_0= ruleSecurityPolicy ) ) ( (lv_mode_2_0= ruleSecurityMode ) )
            {
            otherlv_0=(Token)match(input,32,FOLLOW_26); 

            			newLeafNode(otherlv_0, grammarAccess.getSecuritySettingAccess().getSecurityKeyword_0());
            		
            // InternalTwin.g:1079:3: ( (lv_policy_1_0= ruleSecurityPolicy ) )
            // InternalTwin.g:1080:4: (lv_policy_1_0= ruleSecurityPolicy )
            {
            // InternalTwin.g:1080:4: (lv_policy_1_0= ruleSecurityPolicy )
            // InternalTwin.g:1081:5: lv_policy_1_0= ruleSecurityPolicy
            {

            					newCompositeNode(grammarAccess.getSecuritySettingAccess().getPolicySecurityPolicyEnumRuleCall_1_0());
            				
            pushFollow(FOLLOW_27);
            lv_policy_1_0=ruleSecurityPolicy();

            state._fsp--;


            					if (current==null) {
            						current = createModelElementForParent(grammarAccess.getSecuritySettingRule());
            					}
            					set(
            						current,
            						"policy",
            						lv_policy_1_0,
            						"org.fieldbridge.dsl.Twin.SecurityPolicy");
            					afterParserOrEnumRuleCall();
            				

            }


            }

            // InternalTwin.g:1098:3: ( (lv_mode_2_0= ruleSecurityMode ) )
            // InternalTwin.g:1099:4: (lv_mode_2_0= ruleSecurityMode )
            {
            // InternalTwin.g:1099:4: (lv_mode_2_0= ruleSecurityMode )
            // InternalTwin.g:1100:5: lv_mode_2_0= ruleSecurityMode
            {

            					newCompositeNode(grammarAccess.getSecuritySettingAccess().getModeSecurityModeEnumRuleCall_2_0());
            				
            pushFollow(FOLLOW_2);
            lv_mode_2_0=ruleSecurityMode();

            state._fsp--;


            					if (current==null) {
            						current = createModelElementForParent(grammarAccess.getSecuritySettingRule());
            					}
            					set(
            						current,
            						"mode",
            						lv_mode_2_0,
            						"org.fieldbridge.dsl.Twin.SecurityMode");
            					afterParserOrEnumRuleCall();
            				

            }


            }


            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleSecuritySetting"


    // $ANTLR start "entryRuleIdentitySetting"
    // InternalTwin.g:1121:1: entryRuleIdentitySetting returns [EObject current=null] : iv_ruleIdentitySetting= ruleIdentitySetting EOF ;
    public final EObject entryRuleIdentitySetting() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleIdentitySetting = null;


        try {
            // InternalTwin.g:1121:56: (iv_ruleIdentitySetting= ruleIdentitySetting EOF )
            // InternalTwin.g:1122:2: iv_ruleIdentitySetting= ruleIdentitySetting EOF
            {
             newCompositeNode(grammarAccess.getIdentitySettingRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleIdentitySetting=ruleIdentitySetting();

            state._fsp--;

             current =iv_ruleIdentitySetting; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleIdentitySetting"


    // $ANTLR start "ruleIdentitySetting"
    // InternalTwin.g:1128:1: ruleIdentitySetting returns [EObject current=null] : (otherlv_0= 'identity' ( (lv_identity_1_0= ruleIdentity ) ) ) ;
    public final EObject ruleIdentitySetting() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        EObject lv_identity_1_0 = null;



        	enterRule();

        try {
            // InternalTwin.g:1134:2: ( (otherlv_0= 'identity' ( (lv_identity_1_0= ruleIdentity ) ) ) )
            // InternalTwin.g:1135:2: (otherlv_0= 'identity' ( (lv_identity_1_0= ruleIdentity ) ) )
            {
            // InternalTwin.g:1135:2: (otherlv_0= 'identity' ( (lv_identity_1_0= ruleIdentity ) ) )
            // InternalTwin.g:1136:3: otherlv_0= 'identity' ( (lv_identity_1_0= ruleIdentity ) )
            {
            otherlv_0=(Token)match(input,33,FOLLOW_28); 

            			newLeafNode(otherlv_0, grammarAccess.getIdentitySettingAccess().getIdentityKeyword_0());
            		
            // InternalTwin.g:1140:3: ( (lv_identity_1_0= ruleIdentity ) )
            // InternalTwin.g:1141:4: (lv_identity_1_0= ruleIdentity )
            {
            // InternalTwin.g:1141:4: (lv_identity_1_0= ruleIdentity )
            // InternalTwin.g:1142:5: lv_identity_1_0= ruleIdentity
            {

            					newCompositeNode(grammarAccess.getIdentitySettingAccess().getIdentityIdentityParserRuleCall_1_0());
            				
            pushFollow(FOLLOW_2);
            lv_identity_1_0=ruleIdentity();

            state._fsp--;


            					if (current==null) {
            						current = createModelElementForParent(grammarAccess.getIdentitySettingRule());
            					}
            					set(
            						current,
            						"identity",
            						lv_identity_1_0,
            						"org.fieldbridge.dsl.Twin.Identity");
            					afterParserOrEnumRuleCall();
            				

            }


            }


            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleIdentitySetting"


    // $ANTLR start "entryRuleIdentity"
    // InternalTwin.g:1163:1: entryRuleIdentity returns [EObject current=null] : iv_ruleIdentity= ruleIdentity EOF ;
    public final EObject entryRuleIdentity() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleIdentity = null;


        try {
            // InternalTwin.g:1163:49: (iv_ruleIdentity= ruleIdentity EOF )
            // InternalTwin.g:1164:2: iv_ruleIdentity= ruleIdentity EOF
            {
             newCompositeNode(grammarAccess.getIdentityRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleIdentity=ruleIdentity();

            state._fsp--;

             current =iv_ruleIdentity; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleIdentity"


    // $ANTLR start "ruleIdentity"
    // InternalTwin.g:1170:1: ruleIdentity returns [EObject current=null] : ( ( () otherlv_1= 'anonymous' ) | ( () otherlv_3= 'user' ( (lv_user_4_0= RULE_STRING ) ) otherlv_5= 'password' ( (lv_password_6_0= ruleSecret ) ) ) ) ;
    public final EObject ruleIdentity() throws RecognitionException {
        EObject current = null;

        Token otherlv_1=null;
        Token otherlv_3=null;
        Token lv_user_4_0=null;
        Token otherlv_5=null;
        EObject lv_password_6_0 = null;



        	enterRule();

        try {
            // InternalTwin.g:1176:2: ( ( ( () otherlv_1= 'anonymous' ) | ( () otherlv_3= 'user' ( (lv_user_4_0= RULE_STRING ) ) otherlv_5= 'password' ( (lv_password_6_0= ruleSecret ) ) ) ) )
            // InternalTwin.g:1177:2: ( ( () otherlv_1= 'anonymous' ) | ( () otherlv_3= 'user' ( (lv_user_4_0= RULE_STRING ) ) otherlv_5= 'password' ( (lv_password_6_0= ruleSecret ) ) ) )
            {
            // InternalTwin.g:1177:2: ( ( () otherlv_1= 'anonymous' ) | ( () otherlv_3= 'user' ( (lv_user_4_0= RULE_STRING ) ) otherlv_5= 'password' ( (lv_password_6_0= ruleSecret ) ) ) )
            int alt19=2;
            int LA19_0 = input.LA(1);

            if ( (LA19_0==34) ) {
                alt19=1;
            }
            else if ( (LA19_0==35) ) {
                alt19=2;
            }
            else {
                NoViableAltException nvae =
                    new NoViableAltException("", 19, 0, input);

                throw nvae;
            }
            switch (alt19) {
                case 1 :
                    // InternalTwin.g:1178:3: ( () otherlv_1= 'anonymous' )
                    {
                    // InternalTwin.g:1178:3: ( () otherlv_1= 'anonymous' )
                    // InternalTwin.g:1179:4: () otherlv_1= 'anonymous'
                    {
                    // InternalTwin.g:1179:4: ()
                    // InternalTwin.g:1180:5: 
                    {

                    					current = forceCreateModelElement(
                    						grammarAccess.getIdentityAccess().getAnonymousIdentityAction_0_0(),
                    						current);
                    				

                    }

                    otherlv_1=(Token)match(input,34,FOLLOW_2); 

                    				newLeafNode(otherlv_1, grammarAccess.getIdentityAccess().getAnonymousKeyword_0_1());
                    			

                    }


                    }
                    break;
                case 2 :
                    // InternalTwin.g:1192:3: ( () otherlv_3= 'user' ( (lv_user_4_0= RULE_STRING ) ) otherlv_5= 'password' ( (lv_password_6_0= ruleSecret ) ) )
                    {
                    // InternalTwin.g:1192:3: ( () otherlv_3= 'user' ( (lv_user_4_0= RULE_STRING ) ) otherlv_5= 'password' ( (lv_password_6_0= ruleSecret ) ) )
                    // InternalTwin.g:1193:4: () otherlv_3= 'user' ( (lv_user_4_0= RULE_STRING ) ) otherlv_5= 'password' ( (lv_password_6_0= ruleSecret ) )
                    {
                    // InternalTwin.g:1193:4: ()
                    // InternalTwin.g:1194:5: 
                    {

                    					current = forceCreateModelElement(
                    						grammarAccess.getIdentityAccess().getUserIdentityAction_1_0(),
                    						current);
                    				

                    }

                    otherlv_3=(Token)match(input,35,FOLLOW_6); 

                    				newLeafNode(otherlv_3, grammarAccess.getIdentityAccess().getUserKeyword_1_1());
                    			
                    // InternalTwin.g:1204:4: ( (lv_user_4_0= RULE_STRING ) )
                    // InternalTwin.g:1205:5: (lv_user_4_0= RULE_STRING )
                    {
                    // InternalTwin.g:1205:5: (lv_user_4_0= RULE_STRING )
                    // InternalTwin.g:1206:6: lv_user_4_0= RULE_STRING
                    {
                    lv_user_4_0=(Token)match(input,RULE_STRING,FOLLOW_29); 

                    						newLeafNode(lv_user_4_0, grammarAccess.getIdentityAccess().getUserSTRINGTerminalRuleCall_1_2_0());
                    					

                    						if (current==null) {
                    							current = createModelElement(grammarAccess.getIdentityRule());
                    						}
                    						setWithLastConsumed(
                    							current,
                    							"user",
                    							lv_user_4_0,
                    							"org.fieldbridge.dsl.Twin.STRING");
                    					

                    }


                    }

                    otherlv_5=(Token)match(input,36,FOLLOW_30); 

                    				newLeafNode(otherlv_5, grammarAccess.getIdentityAccess().getPasswordKeyword_1_3());
                    			
                    // InternalTwin.g:1226:4: ( (lv_password_6_0= ruleSecret ) )
                    // InternalTwin.g:1227:5: (lv_password_6_0= ruleSecret )
                    {
                    // InternalTwin.g:1227:5: (lv_password_6_0= ruleSecret )
                    // InternalTwin.g:1228:6: lv_password_6_0= ruleSecret
                    {

                    						newCompositeNode(grammarAccess.getIdentityAccess().getPasswordSecretParserRuleCall_1_4_0());
                    					
                    pushFollow(FOLLOW_2);
                    lv_password_6_0=ruleSecret();

                    state._fsp--;


                    						if (current==null) {
                    							current = createModelElementForParent(grammarAccess.getIdentityRule());
                    						}
                    						set(
                    							current,
                    							"password",
                    							lv_password_6_0,
                    							"org.fieldbridge.dsl.Twin.Secret");
                    						afterParserOrEnumRuleCall();
                    					

                    }


                    }


                    }


                    }
                    break;

            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleIdentity"


    // $ANTLR start "entryRuleSecret"
    // InternalTwin.g:1250:1: entryRuleSecret returns [EObject current=null] : iv_ruleSecret= ruleSecret EOF ;
    public final EObject entryRuleSecret() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleSecret = null;


        try {
            // InternalTwin.g:1250:47: (iv_ruleSecret= ruleSecret EOF )
            // InternalTwin.g:1251:2: iv_ruleSecret= ruleSecret EOF
            {
             newCompositeNode(grammarAccess.getSecretRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleSecret=ruleSecret();

            state._fsp--;

             current =iv_ruleSecret; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleSecret"


    // $ANTLR start "ruleSecret"
    // InternalTwin.g:1257:1: ruleSecret returns [EObject current=null] : ( ( () otherlv_1= 'secret' ( (lv_reference_2_0= RULE_STRING ) ) ) | ( () ( (lv_literal_4_0= RULE_STRING ) ) ) ) ;
    public final EObject ruleSecret() throws RecognitionException {
        EObject current = null;

        Token otherlv_1=null;
        Token lv_reference_2_0=null;
        Token lv_literal_4_0=null;


        	enterRule();

        try {
            // InternalTwin.g:1263:2: ( ( ( () otherlv_1= 'secret' ( (lv_reference_2_0= RULE_STRING ) ) ) | ( () ( (lv_literal_4_0= RULE_STRING ) ) ) ) )
            // InternalTwin.g:1264:2: ( ( () otherlv_1= 'secret' ( (lv_reference_2_0= RULE_STRING ) ) ) | ( () ( (lv_literal_4_0= RULE_STRING ) ) ) )
            {
            // InternalTwin.g:1264:2: ( ( () otherlv_1= 'secret' ( (lv_reference_2_0= RULE_STRING ) ) ) | ( () ( (lv_literal_4_0= RULE_STRING ) ) ) )
            int alt20=2;
            int LA20_0 = input.LA(1);

            if ( (LA20_0==37) ) {
                alt20=1;
            }
            else if ( (LA20_0==RULE_STRING) ) {
                alt20=2;
            }
            else {
                NoViableAltException nvae =
                    new NoViableAltException("", 20, 0, input);

                throw nvae;
            }
            switch (alt20) {
                case 1 :
                    // InternalTwin.g:1265:3: ( () otherlv_1= 'secret' ( (lv_reference_2_0= RULE_STRING ) ) )
                    {
                    // InternalTwin.g:1265:3: ( () otherlv_1= 'secret' ( (lv_reference_2_0= RULE_STRING ) ) )
                    // InternalTwin.g:1266:4: () otherlv_1= 'secret' ( (lv_reference_2_0= RULE_STRING ) )
                    {
                    // InternalTwin.g:1266:4: ()
                    // InternalTwin.g:1267:5: 
                    {

                    					current = forceCreateModelElement(
                    						grammarAccess.getSecretAccess().getSecretReferenceAction_0_0(),
                    						current);
                    				

                    }

                    otherlv_1=(Token)match(input,37,FOLLOW_6); 

                    				newLeafNode(otherlv_1, grammarAccess.getSecretAccess().getSecretKeyword_0_1());
                    			
                    // InternalTwin.g:1277:4: ( (lv_reference_2_0= RULE_STRING ) )
                    // InternalTwin.g:1278:5: (lv_reference_2_0= RULE_STRING )
                    {
                    // InternalTwin.g:1278:5: (lv_reference_2_0= RULE_STRING )
                    // InternalTwin.g:1279:6: lv_reference_2_0= RULE_STRING
                    {
                    lv_reference_2_0=(Token)match(input,RULE_STRING,FOLLOW_2); 

                    						newLeafNode(lv_reference_2_0, grammarAccess.getSecretAccess().getReferenceSTRINGTerminalRuleCall_0_2_0());
                    					

                    						if (current==null) {
                    							current = createModelElement(grammarAccess.getSecretRule());
                    						}
                    						setWithLastConsumed(
                    							current,
                    							"reference",
                    							lv_reference_2_0,
                    							"org.fieldbridge.dsl.Twin.STRING");
                    					

                    }


                    }


                    }


                    }
                    break;
                case 2 :
                    // InternalTwin.g:1297:3: ( () ( (lv_literal_4_0= RULE_STRING ) ) )
                    {
                    // InternalTwin.g:1297:3: ( () ( (lv_literal_4_0= RULE_STRING ) ) )
                    // InternalTwin.g:1298:4: () ( (lv_literal_4_0= RULE_STRING ) )
                    {
                    // InternalTwin.g:1298:4: ()
                    // InternalTwin.g:1299:5: 
                    {

                    					current = forceCreateModelElement(
                    						grammarAccess.getSecretAccess().getSecretLiteralAction_1_0(),
                    						current);
                    				

                    }

                    // InternalTwin.g:1305:4: ( (lv_literal_4_0= RULE_STRING ) )
                    // InternalTwin.g:1306:5: (lv_literal_4_0= RULE_STRING )
                    {
                    // InternalTwin.g:1306:5: (lv_literal_4_0= RULE_STRING )
                    // InternalTwin.g:1307:6: lv_literal_4_0= RULE_STRING
                    {
                    lv_literal_4_0=(Token)match(input,RULE_STRING,FOLLOW_2); 

                    						newLeafNode(lv_literal_4_0, grammarAccess.getSecretAccess().getLiteralSTRINGTerminalRuleCall_1_1_0());
                    					

                    						if (current==null) {
                    							current = createModelElement(grammarAccess.getSecretRule());
                    						}
                    						setWithLastConsumed(
                    							current,
                    							"literal",
                    							lv_literal_4_0,
                    							"org.fieldbridge.dsl.Twin.STRING");
                    					

                    }


                    }


                    }


                    }
                    break;

            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleSecret"


    // $ANTLR start "entryRuleSamplingSetting"
    // InternalTwin.g:1328:1: entryRuleSamplingSetting returns [EObject current=null] : iv_ruleSamplingSetting= ruleSamplingSetting EOF ;
    public final EObject entryRuleSamplingSetting() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleSamplingSetting = null;


        try {
            // InternalTwin.g:1328:56: (iv_ruleSamplingSetting= ruleSamplingSetting EOF )
            // InternalTwin.g:1329:2: iv_ruleSamplingSetting= ruleSamplingSetting EOF
            {
             newCompositeNode(grammarAccess.getSamplingSettingRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleSamplingSetting=ruleSamplingSetting();

            state._fsp--;

             current =iv_ruleSamplingSetting; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleSamplingSetting"


    // $ANTLR start "ruleSamplingSetting"
    // InternalTwin.g:1335:1: ruleSamplingSetting returns [EObject current=null] : (otherlv_0= 'sampling' ( (lv_period_1_0= ruleDuration ) ) ) ;
    public final EObject ruleSamplingSetting() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        EObject lv_period_1_0 = null;



        	enterRule();

        try {
            // InternalTwin.g:1341:2: ( (otherlv_0= 'sampling' ( (lv_period_1_0= ruleDuration ) ) ) )
            // InternalTwin.g:1342:2: (otherlv_0= 'sampling' ( (lv_period_1_0= ruleDuration ) ) )
            {
            // InternalTwin.g:1342:2: (otherlv_0= 'sampling' ( (lv_period_1_0= ruleDuration ) ) )
            // InternalTwin.g:1343:3: otherlv_0= 'sampling' ( (lv_period_1_0= ruleDuration ) )
            {
            otherlv_0=(Token)match(input,38,FOLLOW_11); 

            			newLeafNode(otherlv_0, grammarAccess.getSamplingSettingAccess().getSamplingKeyword_0());
            		
            // InternalTwin.g:1347:3: ( (lv_period_1_0= ruleDuration ) )
            // InternalTwin.g:1348:4: (lv_period_1_0= ruleDuration )
            {
            // InternalTwin.g:1348:4: (lv_period_1_0= ruleDuration )
            // InternalTwin.g:1349:5: lv_period_1_0= ruleDuration
            {

            					newCompositeNode(grammarAccess.getSamplingSettingAccess().getPeriodDurationParserRuleCall_1_0());
            				
            pushFollow(FOLLOW_2);
            lv_period_1_0=ruleDuration();

            state._fsp--;


            					if (current==null) {
            						current = createModelElementForParent(grammarAccess.getSamplingSettingRule());
            					}
            					set(
            						current,
            						"period",
            						lv_period_1_0,
            						"org.fieldbridge.dsl.Twin.Duration");
            					afterParserOrEnumRuleCall();
            				

            }


            }


            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleSamplingSetting"


    // $ANTLR start "entryRulePublishingSetting"
    // InternalTwin.g:1370:1: entryRulePublishingSetting returns [EObject current=null] : iv_rulePublishingSetting= rulePublishingSetting EOF ;
    public final EObject entryRulePublishingSetting() throws RecognitionException {
        EObject current = null;

        EObject iv_rulePublishingSetting = null;


        try {
            // InternalTwin.g:1370:58: (iv_rulePublishingSetting= rulePublishingSetting EOF )
            // InternalTwin.g:1371:2: iv_rulePublishingSetting= rulePublishingSetting EOF
            {
             newCompositeNode(grammarAccess.getPublishingSettingRule()); 
            pushFollow(FOLLOW_1);
            iv_rulePublishingSetting=rulePublishingSetting();

            state._fsp--;

             current =iv_rulePublishingSetting; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRulePublishingSetting"


    // $ANTLR start "rulePublishingSetting"
    // InternalTwin.g:1377:1: rulePublishingSetting returns [EObject current=null] : (otherlv_0= 'publishing' ( (lv_period_1_0= ruleDuration ) ) ) ;
    public final EObject rulePublishingSetting() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        EObject lv_period_1_0 = null;



        	enterRule();

        try {
            // InternalTwin.g:1383:2: ( (otherlv_0= 'publishing' ( (lv_period_1_0= ruleDuration ) ) ) )
            // InternalTwin.g:1384:2: (otherlv_0= 'publishing' ( (lv_period_1_0= ruleDuration ) ) )
            {
            // InternalTwin.g:1384:2: (otherlv_0= 'publishing' ( (lv_period_1_0= ruleDuration ) ) )
            // InternalTwin.g:1385:3: otherlv_0= 'publishing' ( (lv_period_1_0= ruleDuration ) )
            {
            otherlv_0=(Token)match(input,39,FOLLOW_11); 

            			newLeafNode(otherlv_0, grammarAccess.getPublishingSettingAccess().getPublishingKeyword_0());
            		
            // InternalTwin.g:1389:3: ( (lv_period_1_0= ruleDuration ) )
            // InternalTwin.g:1390:4: (lv_period_1_0= ruleDuration )
            {
            // InternalTwin.g:1390:4: (lv_period_1_0= ruleDuration )
            // InternalTwin.g:1391:5: lv_period_1_0= ruleDuration
            {

            					newCompositeNode(grammarAccess.getPublishingSettingAccess().getPeriodDurationParserRuleCall_1_0());
            				
            pushFollow(FOLLOW_2);
            lv_period_1_0=ruleDuration();

            state._fsp--;


            					if (current==null) {
            						current = createModelElementForParent(grammarAccess.getPublishingSettingRule());
            					}
            					set(
            						current,
            						"period",
            						lv_period_1_0,
            						"org.fieldbridge.dsl.Twin.Duration");
            					afterParserOrEnumRuleCall();
            				

            }


            }


            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "rulePublishingSetting"


    // $ANTLR start "entryRuleMapping"
    // InternalTwin.g:1412:1: entryRuleMapping returns [EObject current=null] : iv_ruleMapping= ruleMapping EOF ;
    public final EObject entryRuleMapping() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleMapping = null;


        try {
            // InternalTwin.g:1412:48: (iv_ruleMapping= ruleMapping EOF )
            // InternalTwin.g:1413:2: iv_ruleMapping= ruleMapping EOF
            {
             newCompositeNode(grammarAccess.getMappingRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleMapping=ruleMapping();

            state._fsp--;

             current =iv_ruleMapping; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleMapping"


    // $ANTLR start "ruleMapping"
    // InternalTwin.g:1419:1: ruleMapping returns [EObject current=null] : (otherlv_0= 'map' ( (otherlv_1= RULE_ID ) ) ( (lv_source_2_0= ruleSource ) ) ( (lv_dataType_3_0= ruleDataType ) )? ( (lv_tag_4_0= RULE_STRING ) )? otherlv_5= '->' ( ( ruleQualifiedName ) ) (otherlv_7= '{' ( ( (lv_options_8_0= ruleMappingOption ) ) ( (otherlv_9= ',' )? ( (lv_options_10_0= ruleMappingOption ) ) )* )? otherlv_11= '}' )? ) ;
    public final EObject ruleMapping() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Token otherlv_1=null;
        Token lv_tag_4_0=null;
        Token otherlv_5=null;
        Token otherlv_7=null;
        Token otherlv_9=null;
        Token otherlv_11=null;
        EObject lv_source_2_0 = null;

        EObject lv_dataType_3_0 = null;

        EObject lv_options_8_0 = null;

        EObject lv_options_10_0 = null;



        	enterRule();

        try {
            // InternalTwin.g:1425:2: ( (otherlv_0= 'map' ( (otherlv_1= RULE_ID ) ) ( (lv_source_2_0= ruleSource ) ) ( (lv_dataType_3_0= ruleDataType ) )? ( (lv_tag_4_0= RULE_STRING ) )? otherlv_5= '->' ( ( ruleQualifiedName ) ) (otherlv_7= '{' ( ( (lv_options_8_0= ruleMappingOption ) ) ( (otherlv_9= ',' )? ( (lv_options_10_0= ruleMappingOption ) ) )* )? otherlv_11= '}' )? ) )
            // InternalTwin.g:1426:2: (otherlv_0= 'map' ( (otherlv_1= RULE_ID ) ) ( (lv_source_2_0= ruleSource ) ) ( (lv_dataType_3_0= ruleDataType ) )? ( (lv_tag_4_0= RULE_STRING ) )? otherlv_5= '->' ( ( ruleQualifiedName ) ) (otherlv_7= '{' ( ( (lv_options_8_0= ruleMappingOption ) ) ( (otherlv_9= ',' )? ( (lv_options_10_0= ruleMappingOption ) ) )* )? otherlv_11= '}' )? )
            {
            // InternalTwin.g:1426:2: (otherlv_0= 'map' ( (otherlv_1= RULE_ID ) ) ( (lv_source_2_0= ruleSource ) ) ( (lv_dataType_3_0= ruleDataType ) )? ( (lv_tag_4_0= RULE_STRING ) )? otherlv_5= '->' ( ( ruleQualifiedName ) ) (otherlv_7= '{' ( ( (lv_options_8_0= ruleMappingOption ) ) ( (otherlv_9= ',' )? ( (lv_options_10_0= ruleMappingOption ) ) )* )? otherlv_11= '}' )? )
            // InternalTwin.g:1427:3: otherlv_0= 'map' ( (otherlv_1= RULE_ID ) ) ( (lv_source_2_0= ruleSource ) ) ( (lv_dataType_3_0= ruleDataType ) )? ( (lv_tag_4_0= RULE_STRING ) )? otherlv_5= '->' ( ( ruleQualifiedName ) ) (otherlv_7= '{' ( ( (lv_options_8_0= ruleMappingOption ) ) ( (otherlv_9= ',' )? ( (lv_options_10_0= ruleMappingOption ) ) )* )? otherlv_11= '}' )?
            {
            otherlv_0=(Token)match(input,40,FOLLOW_3); 

            			newLeafNode(otherlv_0, grammarAccess.getMappingAccess().getMapKeyword_0());
            		
            // InternalTwin.g:1431:3: ( (otherlv_1= RULE_ID ) )
            // InternalTwin.g:1432:4: (otherlv_1= RULE_ID )
            {
            // InternalTwin.g:1432:4: (otherlv_1= RULE_ID )
            // InternalTwin.g:1433:5: otherlv_1= RULE_ID
            {

            					if (current==null) {
            						current = createModelElement(grammarAccess.getMappingRule());
            					}
            				
            otherlv_1=(Token)match(input,RULE_ID,FOLLOW_31); 

            					newLeafNode(otherlv_1, grammarAccess.getMappingAccess().getConnectionConnectionCrossReference_1_0());
            				

            }


            }

            // InternalTwin.g:1444:3: ( (lv_source_2_0= ruleSource ) )
            // InternalTwin.g:1445:4: (lv_source_2_0= ruleSource )
            {
            // InternalTwin.g:1445:4: (lv_source_2_0= ruleSource )
            // InternalTwin.g:1446:5: lv_source_2_0= ruleSource
            {

            					newCompositeNode(grammarAccess.getMappingAccess().getSourceSourceParserRuleCall_2_0());
            				
            pushFollow(FOLLOW_32);
            lv_source_2_0=ruleSource();

            state._fsp--;


            					if (current==null) {
            						current = createModelElementForParent(grammarAccess.getMappingRule());
            					}
            					set(
            						current,
            						"source",
            						lv_source_2_0,
            						"org.fieldbridge.dsl.Twin.Source");
            					afterParserOrEnumRuleCall();
            				

            }


            }

            // InternalTwin.g:1463:3: ( (lv_dataType_3_0= ruleDataType ) )?
            int alt21=2;
            int LA21_0 = input.LA(1);

            if ( (LA21_0==43||LA21_0==46||(LA21_0>=96 && LA21_0<=103)) ) {
                alt21=1;
            }
            switch (alt21) {
                case 1 :
                    // InternalTwin.g:1464:4: (lv_dataType_3_0= ruleDataType )
                    {
                    // InternalTwin.g:1464:4: (lv_dataType_3_0= ruleDataType )
                    // InternalTwin.g:1465:5: lv_dataType_3_0= ruleDataType
                    {

                    					newCompositeNode(grammarAccess.getMappingAccess().getDataTypeDataTypeParserRuleCall_3_0());
                    				
                    pushFollow(FOLLOW_33);
                    lv_dataType_3_0=ruleDataType();

                    state._fsp--;


                    					if (current==null) {
                    						current = createModelElementForParent(grammarAccess.getMappingRule());
                    					}
                    					set(
                    						current,
                    						"dataType",
                    						lv_dataType_3_0,
                    						"org.fieldbridge.dsl.Twin.DataType");
                    					afterParserOrEnumRuleCall();
                    				

                    }


                    }
                    break;

            }

            // InternalTwin.g:1482:3: ( (lv_tag_4_0= RULE_STRING ) )?
            int alt22=2;
            int LA22_0 = input.LA(1);

            if ( (LA22_0==RULE_STRING) ) {
                alt22=1;
            }
            switch (alt22) {
                case 1 :
                    // InternalTwin.g:1483:4: (lv_tag_4_0= RULE_STRING )
                    {
                    // InternalTwin.g:1483:4: (lv_tag_4_0= RULE_STRING )
                    // InternalTwin.g:1484:5: lv_tag_4_0= RULE_STRING
                    {
                    lv_tag_4_0=(Token)match(input,RULE_STRING,FOLLOW_34); 

                    					newLeafNode(lv_tag_4_0, grammarAccess.getMappingAccess().getTagSTRINGTerminalRuleCall_4_0());
                    				

                    					if (current==null) {
                    						current = createModelElement(grammarAccess.getMappingRule());
                    					}
                    					setWithLastConsumed(
                    						current,
                    						"tag",
                    						lv_tag_4_0,
                    						"org.fieldbridge.dsl.Twin.STRING");
                    				

                    }


                    }
                    break;

            }

            otherlv_5=(Token)match(input,41,FOLLOW_3); 

            			newLeafNode(otherlv_5, grammarAccess.getMappingAccess().getHyphenMinusGreaterThanSignKeyword_5());
            		
            // InternalTwin.g:1504:3: ( ( ruleQualifiedName ) )
            // InternalTwin.g:1505:4: ( ruleQualifiedName )
            {
            // InternalTwin.g:1505:4: ( ruleQualifiedName )
            // InternalTwin.g:1506:5: ruleQualifiedName
            {

            					if (current==null) {
            						current = createModelElement(grammarAccess.getMappingRule());
            					}
            				

            					newCompositeNode(grammarAccess.getMappingAccess().getSignalSignalCrossReference_6_0());
            				
            pushFollow(FOLLOW_12);
            ruleQualifiedName();

            state._fsp--;


            					afterParserOrEnumRuleCall();
            				

            }


            }

            // InternalTwin.g:1520:3: (otherlv_7= '{' ( ( (lv_options_8_0= ruleMappingOption ) ) ( (otherlv_9= ',' )? ( (lv_options_10_0= ruleMappingOption ) ) )* )? otherlv_11= '}' )?
            int alt26=2;
            int LA26_0 = input.LA(1);

            if ( (LA26_0==18) ) {
                alt26=1;
            }
            switch (alt26) {
                case 1 :
                    // InternalTwin.g:1521:4: otherlv_7= '{' ( ( (lv_options_8_0= ruleMappingOption ) ) ( (otherlv_9= ',' )? ( (lv_options_10_0= ruleMappingOption ) ) )* )? otherlv_11= '}'
                    {
                    otherlv_7=(Token)match(input,18,FOLLOW_35); 

                    				newLeafNode(otherlv_7, grammarAccess.getMappingAccess().getLeftCurlyBracketKeyword_7_0());
                    			
                    // InternalTwin.g:1525:4: ( ( (lv_options_8_0= ruleMappingOption ) ) ( (otherlv_9= ',' )? ( (lv_options_10_0= ruleMappingOption ) ) )* )?
                    int alt25=2;
                    int LA25_0 = input.LA(1);

                    if ( (LA25_0==17||LA25_0==22||LA25_0==24||(LA25_0>=47 && LA25_0<=49)||LA25_0==51) ) {
                        alt25=1;
                    }
                    switch (alt25) {
                        case 1 :
                            // InternalTwin.g:1526:5: ( (lv_options_8_0= ruleMappingOption ) ) ( (otherlv_9= ',' )? ( (lv_options_10_0= ruleMappingOption ) ) )*
                            {
                            // InternalTwin.g:1526:5: ( (lv_options_8_0= ruleMappingOption ) )
                            // InternalTwin.g:1527:6: (lv_options_8_0= ruleMappingOption )
                            {
                            // InternalTwin.g:1527:6: (lv_options_8_0= ruleMappingOption )
                            // InternalTwin.g:1528:7: lv_options_8_0= ruleMappingOption
                            {

                            							newCompositeNode(grammarAccess.getMappingAccess().getOptionsMappingOptionParserRuleCall_7_1_0_0());
                            						
                            pushFollow(FOLLOW_36);
                            lv_options_8_0=ruleMappingOption();

                            state._fsp--;


                            							if (current==null) {
                            								current = createModelElementForParent(grammarAccess.getMappingRule());
                            							}
                            							add(
                            								current,
                            								"options",
                            								lv_options_8_0,
                            								"org.fieldbridge.dsl.Twin.MappingOption");
                            							afterParserOrEnumRuleCall();
                            						

                            }


                            }

                            // InternalTwin.g:1545:5: ( (otherlv_9= ',' )? ( (lv_options_10_0= ruleMappingOption ) ) )*
                            loop24:
                            do {
                                int alt24=2;
                                int LA24_0 = input.LA(1);

                                if ( (LA24_0==17||LA24_0==19||LA24_0==22||LA24_0==24||(LA24_0>=47 && LA24_0<=49)||LA24_0==51) ) {
                                    alt24=1;
                                }


                                switch (alt24) {
                            	case 1 :
                            	    // InternalTwin.g:1546:6: (otherlv_9= ',' )? ( (lv_options_10_0= ruleMappingOption ) )
                            	    {
                            	    // InternalTwin.g:1546:6: (otherlv_9= ',' )?
                            	    int alt23=2;
                            	    int LA23_0 = input.LA(1);

                            	    if ( (LA23_0==19) ) {
                            	        alt23=1;
                            	    }
                            	    switch (alt23) {
                            	        case 1 :
                            	            // InternalTwin.g:1547:7: otherlv_9= ','
                            	            {
                            	            otherlv_9=(Token)match(input,19,FOLLOW_37); 

                            	            							newLeafNode(otherlv_9, grammarAccess.getMappingAccess().getCommaKeyword_7_1_1_0());
                            	            						

                            	            }
                            	            break;

                            	    }

                            	    // InternalTwin.g:1552:6: ( (lv_options_10_0= ruleMappingOption ) )
                            	    // InternalTwin.g:1553:7: (lv_options_10_0= ruleMappingOption )
                            	    {
                            	    // InternalTwin.g:1553:7: (lv_options_10_0= ruleMappingOption )
                            	    // InternalTwin.g:1554:8: lv_options_10_0= ruleMappingOption
                            	    {

                            	    								newCompositeNode(grammarAccess.getMappingAccess().getOptionsMappingOptionParserRuleCall_7_1_1_1_0());
                            	    							
                            	    pushFollow(FOLLOW_36);
                            	    lv_options_10_0=ruleMappingOption();

                            	    state._fsp--;


                            	    								if (current==null) {
                            	    									current = createModelElementForParent(grammarAccess.getMappingRule());
                            	    								}
                            	    								add(
                            	    									current,
                            	    									"options",
                            	    									lv_options_10_0,
                            	    									"org.fieldbridge.dsl.Twin.MappingOption");
                            	    								afterParserOrEnumRuleCall();
                            	    							

                            	    }


                            	    }


                            	    }
                            	    break;

                            	default :
                            	    break loop24;
                                }
                            } while (true);


                            }
                            break;

                    }

                    otherlv_11=(Token)match(input,20,FOLLOW_2); 

                    				newLeafNode(otherlv_11, grammarAccess.getMappingAccess().getRightCurlyBracketKeyword_7_2());
                    			

                    }
                    break;

            }


            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleMapping"


    // $ANTLR start "entryRuleSource"
    // InternalTwin.g:1582:1: entryRuleSource returns [EObject current=null] : iv_ruleSource= ruleSource EOF ;
    public final EObject entryRuleSource() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleSource = null;


        try {
            // InternalTwin.g:1582:47: (iv_ruleSource= ruleSource EOF )
            // InternalTwin.g:1583:2: iv_ruleSource= ruleSource EOF
            {
             newCompositeNode(grammarAccess.getSourceRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleSource=ruleSource();

            state._fsp--;

             current =iv_ruleSource; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleSource"


    // $ANTLR start "ruleSource"
    // InternalTwin.g:1589:1: ruleSource returns [EObject current=null] : (this_ModbusAddress_0= ruleModbusAddress | this_NodeId_1= ruleNodeId ) ;
    public final EObject ruleSource() throws RecognitionException {
        EObject current = null;

        EObject this_ModbusAddress_0 = null;

        EObject this_NodeId_1 = null;



        	enterRule();

        try {
            // InternalTwin.g:1595:2: ( (this_ModbusAddress_0= ruleModbusAddress | this_NodeId_1= ruleNodeId ) )
            // InternalTwin.g:1596:2: (this_ModbusAddress_0= ruleModbusAddress | this_NodeId_1= ruleNodeId )
            {
            // InternalTwin.g:1596:2: (this_ModbusAddress_0= ruleModbusAddress | this_NodeId_1= ruleNodeId )
            int alt27=2;
            int LA27_0 = input.LA(1);

            if ( ((LA27_0>=RULE_INT && LA27_0<=RULE_MODICON_X)||(LA27_0>=89 && LA27_0<=95)) ) {
                alt27=1;
            }
            else if ( (LA27_0==RULE_STRING) ) {
                alt27=2;
            }
            else {
                NoViableAltException nvae =
                    new NoViableAltException("", 27, 0, input);

                throw nvae;
            }
            switch (alt27) {
                case 1 :
                    // InternalTwin.g:1597:3: this_ModbusAddress_0= ruleModbusAddress
                    {

                    			newCompositeNode(grammarAccess.getSourceAccess().getModbusAddressParserRuleCall_0());
                    		
                    pushFollow(FOLLOW_2);
                    this_ModbusAddress_0=ruleModbusAddress();

                    state._fsp--;


                    			current = this_ModbusAddress_0;
                    			afterParserOrEnumRuleCall();
                    		

                    }
                    break;
                case 2 :
                    // InternalTwin.g:1606:3: this_NodeId_1= ruleNodeId
                    {

                    			newCompositeNode(grammarAccess.getSourceAccess().getNodeIdParserRuleCall_1());
                    		
                    pushFollow(FOLLOW_2);
                    this_NodeId_1=ruleNodeId();

                    state._fsp--;


                    			current = this_NodeId_1;
                    			afterParserOrEnumRuleCall();
                    		

                    }
                    break;

            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleSource"


    // $ANTLR start "entryRuleNodeId"
    // InternalTwin.g:1618:1: entryRuleNodeId returns [EObject current=null] : iv_ruleNodeId= ruleNodeId EOF ;
    public final EObject entryRuleNodeId() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleNodeId = null;


        try {
            // InternalTwin.g:1618:47: (iv_ruleNodeId= ruleNodeId EOF )
            // InternalTwin.g:1619:2: iv_ruleNodeId= ruleNodeId EOF
            {
             newCompositeNode(grammarAccess.getNodeIdRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleNodeId=ruleNodeId();

            state._fsp--;

             current =iv_ruleNodeId; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleNodeId"


    // $ANTLR start "ruleNodeId"
    // InternalTwin.g:1625:1: ruleNodeId returns [EObject current=null] : ( (lv_nodeId_0_0= RULE_STRING ) ) ;
    public final EObject ruleNodeId() throws RecognitionException {
        EObject current = null;

        Token lv_nodeId_0_0=null;


        	enterRule();

        try {
            // InternalTwin.g:1631:2: ( ( (lv_nodeId_0_0= RULE_STRING ) ) )
            // InternalTwin.g:1632:2: ( (lv_nodeId_0_0= RULE_STRING ) )
            {
            // InternalTwin.g:1632:2: ( (lv_nodeId_0_0= RULE_STRING ) )
            // InternalTwin.g:1633:3: (lv_nodeId_0_0= RULE_STRING )
            {
            // InternalTwin.g:1633:3: (lv_nodeId_0_0= RULE_STRING )
            // InternalTwin.g:1634:4: lv_nodeId_0_0= RULE_STRING
            {
            lv_nodeId_0_0=(Token)match(input,RULE_STRING,FOLLOW_2); 

            				newLeafNode(lv_nodeId_0_0, grammarAccess.getNodeIdAccess().getNodeIdSTRINGTerminalRuleCall_0());
            			

            				if (current==null) {
            					current = createModelElement(grammarAccess.getNodeIdRule());
            				}
            				setWithLastConsumed(
            					current,
            					"nodeId",
            					lv_nodeId_0_0,
            					"org.fieldbridge.dsl.Twin.STRING");
            			

            }


            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleNodeId"


    // $ANTLR start "entryRuleModbusAddress"
    // InternalTwin.g:1653:1: entryRuleModbusAddress returns [EObject current=null] : iv_ruleModbusAddress= ruleModbusAddress EOF ;
    public final EObject entryRuleModbusAddress() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleModbusAddress = null;


        try {
            // InternalTwin.g:1653:54: (iv_ruleModbusAddress= ruleModbusAddress EOF )
            // InternalTwin.g:1654:2: iv_ruleModbusAddress= ruleModbusAddress EOF
            {
             newCompositeNode(grammarAccess.getModbusAddressRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleModbusAddress=ruleModbusAddress();

            state._fsp--;

             current =iv_ruleModbusAddress; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleModbusAddress"


    // $ANTLR start "ruleModbusAddress"
    // InternalTwin.g:1660:1: ruleModbusAddress returns [EObject current=null] : ( ( () ( (lv_space_1_0= ruleRegisterSpace ) ) ( (lv_number_2_0= ruleDigits ) ) ) | ( () ( (lv_text_4_0= ruleDigits ) ) ) | ( () ( (lv_text_6_0= RULE_MODICON_X ) ) ) | this_Plc4xAddress_7= rulePlc4xAddress ) ;
    public final EObject ruleModbusAddress() throws RecognitionException {
        EObject current = null;

        Token lv_text_6_0=null;
        Enumerator lv_space_1_0 = null;

        AntlrDatatypeRuleToken lv_number_2_0 = null;

        AntlrDatatypeRuleToken lv_text_4_0 = null;

        EObject this_Plc4xAddress_7 = null;



        	enterRule();

        try {
            // InternalTwin.g:1666:2: ( ( ( () ( (lv_space_1_0= ruleRegisterSpace ) ) ( (lv_number_2_0= ruleDigits ) ) ) | ( () ( (lv_text_4_0= ruleDigits ) ) ) | ( () ( (lv_text_6_0= RULE_MODICON_X ) ) ) | this_Plc4xAddress_7= rulePlc4xAddress ) )
            // InternalTwin.g:1667:2: ( ( () ( (lv_space_1_0= ruleRegisterSpace ) ) ( (lv_number_2_0= ruleDigits ) ) ) | ( () ( (lv_text_4_0= ruleDigits ) ) ) | ( () ( (lv_text_6_0= RULE_MODICON_X ) ) ) | this_Plc4xAddress_7= rulePlc4xAddress )
            {
            // InternalTwin.g:1667:2: ( ( () ( (lv_space_1_0= ruleRegisterSpace ) ) ( (lv_number_2_0= ruleDigits ) ) ) | ( () ( (lv_text_4_0= ruleDigits ) ) ) | ( () ( (lv_text_6_0= RULE_MODICON_X ) ) ) | this_Plc4xAddress_7= rulePlc4xAddress )
            int alt28=4;
            switch ( input.LA(1) ) {
            case 89:
                {
                int LA28_1 = input.LA(2);

                if ( (LA28_1==RULE_INT) ) {
                    alt28=1;
                }
                else if ( (LA28_1==42) ) {
                    alt28=4;
                }
                else {
                    NoViableAltException nvae =
                        new NoViableAltException("", 28, 1, input);

                    throw nvae;
                }
                }
                break;
            case 90:
            case 91:
            case 92:
                {
                alt28=1;
                }
                break;
            case RULE_INT:
                {
                alt28=2;
                }
                break;
            case RULE_MODICON_X:
                {
                alt28=3;
                }
                break;
            case 93:
            case 94:
            case 95:
                {
                alt28=4;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 28, 0, input);

                throw nvae;
            }

            switch (alt28) {
                case 1 :
                    // InternalTwin.g:1668:3: ( () ( (lv_space_1_0= ruleRegisterSpace ) ) ( (lv_number_2_0= ruleDigits ) ) )
                    {
                    // InternalTwin.g:1668:3: ( () ( (lv_space_1_0= ruleRegisterSpace ) ) ( (lv_number_2_0= ruleDigits ) ) )
                    // InternalTwin.g:1669:4: () ( (lv_space_1_0= ruleRegisterSpace ) ) ( (lv_number_2_0= ruleDigits ) )
                    {
                    // InternalTwin.g:1669:4: ()
                    // InternalTwin.g:1670:5: 
                    {

                    					current = forceCreateModelElement(
                    						grammarAccess.getModbusAddressAccess().getSpaceAddressAction_0_0(),
                    						current);
                    				

                    }

                    // InternalTwin.g:1676:4: ( (lv_space_1_0= ruleRegisterSpace ) )
                    // InternalTwin.g:1677:5: (lv_space_1_0= ruleRegisterSpace )
                    {
                    // InternalTwin.g:1677:5: (lv_space_1_0= ruleRegisterSpace )
                    // InternalTwin.g:1678:6: lv_space_1_0= ruleRegisterSpace
                    {

                    						newCompositeNode(grammarAccess.getModbusAddressAccess().getSpaceRegisterSpaceEnumRuleCall_0_1_0());
                    					
                    pushFollow(FOLLOW_11);
                    lv_space_1_0=ruleRegisterSpace();

                    state._fsp--;


                    						if (current==null) {
                    							current = createModelElementForParent(grammarAccess.getModbusAddressRule());
                    						}
                    						set(
                    							current,
                    							"space",
                    							lv_space_1_0,
                    							"org.fieldbridge.dsl.Twin.RegisterSpace");
                    						afterParserOrEnumRuleCall();
                    					

                    }


                    }

                    // InternalTwin.g:1695:4: ( (lv_number_2_0= ruleDigits ) )
                    // InternalTwin.g:1696:5: (lv_number_2_0= ruleDigits )
                    {
                    // InternalTwin.g:1696:5: (lv_number_2_0= ruleDigits )
                    // InternalTwin.g:1697:6: lv_number_2_0= ruleDigits
                    {

                    						newCompositeNode(grammarAccess.getModbusAddressAccess().getNumberDigitsParserRuleCall_0_2_0());
                    					
                    pushFollow(FOLLOW_2);
                    lv_number_2_0=ruleDigits();

                    state._fsp--;


                    						if (current==null) {
                    							current = createModelElementForParent(grammarAccess.getModbusAddressRule());
                    						}
                    						set(
                    							current,
                    							"number",
                    							lv_number_2_0,
                    							"org.fieldbridge.dsl.Twin.Digits");
                    						afterParserOrEnumRuleCall();
                    					

                    }


                    }


                    }


                    }
                    break;
                case 2 :
                    // InternalTwin.g:1716:3: ( () ( (lv_text_4_0= ruleDigits ) ) )
                    {
                    // InternalTwin.g:1716:3: ( () ( (lv_text_4_0= ruleDigits ) ) )
                    // InternalTwin.g:1717:4: () ( (lv_text_4_0= ruleDigits ) )
                    {
                    // InternalTwin.g:1717:4: ()
                    // InternalTwin.g:1718:5: 
                    {

                    					current = forceCreateModelElement(
                    						grammarAccess.getModbusAddressAccess().getModiconAddressAction_1_0(),
                    						current);
                    				

                    }

                    // InternalTwin.g:1724:4: ( (lv_text_4_0= ruleDigits ) )
                    // InternalTwin.g:1725:5: (lv_text_4_0= ruleDigits )
                    {
                    // InternalTwin.g:1725:5: (lv_text_4_0= ruleDigits )
                    // InternalTwin.g:1726:6: lv_text_4_0= ruleDigits
                    {

                    						newCompositeNode(grammarAccess.getModbusAddressAccess().getTextDigitsParserRuleCall_1_1_0());
                    					
                    pushFollow(FOLLOW_2);
                    lv_text_4_0=ruleDigits();

                    state._fsp--;


                    						if (current==null) {
                    							current = createModelElementForParent(grammarAccess.getModbusAddressRule());
                    						}
                    						set(
                    							current,
                    							"text",
                    							lv_text_4_0,
                    							"org.fieldbridge.dsl.Twin.Digits");
                    						afterParserOrEnumRuleCall();
                    					

                    }


                    }


                    }


                    }
                    break;
                case 3 :
                    // InternalTwin.g:1745:3: ( () ( (lv_text_6_0= RULE_MODICON_X ) ) )
                    {
                    // InternalTwin.g:1745:3: ( () ( (lv_text_6_0= RULE_MODICON_X ) ) )
                    // InternalTwin.g:1746:4: () ( (lv_text_6_0= RULE_MODICON_X ) )
                    {
                    // InternalTwin.g:1746:4: ()
                    // InternalTwin.g:1747:5: 
                    {

                    					current = forceCreateModelElement(
                    						grammarAccess.getModbusAddressAccess().getModiconXAddressAction_2_0(),
                    						current);
                    				

                    }

                    // InternalTwin.g:1753:4: ( (lv_text_6_0= RULE_MODICON_X ) )
                    // InternalTwin.g:1754:5: (lv_text_6_0= RULE_MODICON_X )
                    {
                    // InternalTwin.g:1754:5: (lv_text_6_0= RULE_MODICON_X )
                    // InternalTwin.g:1755:6: lv_text_6_0= RULE_MODICON_X
                    {
                    lv_text_6_0=(Token)match(input,RULE_MODICON_X,FOLLOW_2); 

                    						newLeafNode(lv_text_6_0, grammarAccess.getModbusAddressAccess().getTextMODICON_XTerminalRuleCall_2_1_0());
                    					

                    						if (current==null) {
                    							current = createModelElement(grammarAccess.getModbusAddressRule());
                    						}
                    						setWithLastConsumed(
                    							current,
                    							"text",
                    							lv_text_6_0,
                    							"org.fieldbridge.dsl.Twin.MODICON_X");
                    					

                    }


                    }


                    }


                    }
                    break;
                case 4 :
                    // InternalTwin.g:1773:3: this_Plc4xAddress_7= rulePlc4xAddress
                    {

                    			newCompositeNode(grammarAccess.getModbusAddressAccess().getPlc4xAddressParserRuleCall_3());
                    		
                    pushFollow(FOLLOW_2);
                    this_Plc4xAddress_7=rulePlc4xAddress();

                    state._fsp--;


                    			current = this_Plc4xAddress_7;
                    			afterParserOrEnumRuleCall();
                    		

                    }
                    break;

            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleModbusAddress"


    // $ANTLR start "entryRulePlc4xAddress"
    // InternalTwin.g:1785:1: entryRulePlc4xAddress returns [EObject current=null] : iv_rulePlc4xAddress= rulePlc4xAddress EOF ;
    public final EObject entryRulePlc4xAddress() throws RecognitionException {
        EObject current = null;

        EObject iv_rulePlc4xAddress = null;



        	HiddenTokens myHiddenTokenState = ((XtextTokenStream)input).setHiddenTokens();

        try {
            // InternalTwin.g:1787:2: (iv_rulePlc4xAddress= rulePlc4xAddress EOF )
            // InternalTwin.g:1788:2: iv_rulePlc4xAddress= rulePlc4xAddress EOF
            {
             newCompositeNode(grammarAccess.getPlc4xAddressRule()); 
            pushFollow(FOLLOW_1);
            iv_rulePlc4xAddress=rulePlc4xAddress();

            state._fsp--;

             current =iv_rulePlc4xAddress; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {

            	myHiddenTokenState.restore();

        }
        return current;
    }
    // $ANTLR end "entryRulePlc4xAddress"


    // $ANTLR start "rulePlc4xAddress"
    // InternalTwin.g:1797:1: rulePlc4xAddress returns [EObject current=null] : ( ( (lv_space_0_0= rulePlc4xSpace ) ) otherlv_1= ':' ( (lv_number_2_0= ruleDigits ) ) (otherlv_3= ':' ( (lv_typeName_4_0= RULE_ID ) ) )? ) ;
    public final EObject rulePlc4xAddress() throws RecognitionException {
        EObject current = null;

        Token otherlv_1=null;
        Token otherlv_3=null;
        Token lv_typeName_4_0=null;
        Enumerator lv_space_0_0 = null;

        AntlrDatatypeRuleToken lv_number_2_0 = null;



        	enterRule();
        	HiddenTokens myHiddenTokenState = ((XtextTokenStream)input).setHiddenTokens();

        try {
            // InternalTwin.g:1804:2: ( ( ( (lv_space_0_0= rulePlc4xSpace ) ) otherlv_1= ':' ( (lv_number_2_0= ruleDigits ) ) (otherlv_3= ':' ( (lv_typeName_4_0= RULE_ID ) ) )? ) )
            // InternalTwin.g:1805:2: ( ( (lv_space_0_0= rulePlc4xSpace ) ) otherlv_1= ':' ( (lv_number_2_0= ruleDigits ) ) (otherlv_3= ':' ( (lv_typeName_4_0= RULE_ID ) ) )? )
            {
            // InternalTwin.g:1805:2: ( ( (lv_space_0_0= rulePlc4xSpace ) ) otherlv_1= ':' ( (lv_number_2_0= ruleDigits ) ) (otherlv_3= ':' ( (lv_typeName_4_0= RULE_ID ) ) )? )
            // InternalTwin.g:1806:3: ( (lv_space_0_0= rulePlc4xSpace ) ) otherlv_1= ':' ( (lv_number_2_0= ruleDigits ) ) (otherlv_3= ':' ( (lv_typeName_4_0= RULE_ID ) ) )?
            {
            // InternalTwin.g:1806:3: ( (lv_space_0_0= rulePlc4xSpace ) )
            // InternalTwin.g:1807:4: (lv_space_0_0= rulePlc4xSpace )
            {
            // InternalTwin.g:1807:4: (lv_space_0_0= rulePlc4xSpace )
            // InternalTwin.g:1808:5: lv_space_0_0= rulePlc4xSpace
            {

            					newCompositeNode(grammarAccess.getPlc4xAddressAccess().getSpacePlc4xSpaceEnumRuleCall_0_0());
            				
            pushFollow(FOLLOW_38);
            lv_space_0_0=rulePlc4xSpace();

            state._fsp--;


            					if (current==null) {
            						current = createModelElementForParent(grammarAccess.getPlc4xAddressRule());
            					}
            					set(
            						current,
            						"space",
            						lv_space_0_0,
            						"org.fieldbridge.dsl.Twin.Plc4xSpace");
            					afterParserOrEnumRuleCall();
            				

            }


            }

            otherlv_1=(Token)match(input,42,FOLLOW_11); 

            			newLeafNode(otherlv_1, grammarAccess.getPlc4xAddressAccess().getColonKeyword_1());
            		
            // InternalTwin.g:1829:3: ( (lv_number_2_0= ruleDigits ) )
            // InternalTwin.g:1830:4: (lv_number_2_0= ruleDigits )
            {
            // InternalTwin.g:1830:4: (lv_number_2_0= ruleDigits )
            // InternalTwin.g:1831:5: lv_number_2_0= ruleDigits
            {

            					newCompositeNode(grammarAccess.getPlc4xAddressAccess().getNumberDigitsParserRuleCall_2_0());
            				
            pushFollow(FOLLOW_39);
            lv_number_2_0=ruleDigits();

            state._fsp--;


            					if (current==null) {
            						current = createModelElementForParent(grammarAccess.getPlc4xAddressRule());
            					}
            					set(
            						current,
            						"number",
            						lv_number_2_0,
            						"org.fieldbridge.dsl.Twin.Digits");
            					afterParserOrEnumRuleCall();
            				

            }


            }

            // InternalTwin.g:1848:3: (otherlv_3= ':' ( (lv_typeName_4_0= RULE_ID ) ) )?
            int alt29=2;
            int LA29_0 = input.LA(1);

            if ( (LA29_0==42) ) {
                alt29=1;
            }
            switch (alt29) {
                case 1 :
                    // InternalTwin.g:1849:4: otherlv_3= ':' ( (lv_typeName_4_0= RULE_ID ) )
                    {
                    otherlv_3=(Token)match(input,42,FOLLOW_3); 

                    				newLeafNode(otherlv_3, grammarAccess.getPlc4xAddressAccess().getColonKeyword_3_0());
                    			
                    // InternalTwin.g:1853:4: ( (lv_typeName_4_0= RULE_ID ) )
                    // InternalTwin.g:1854:5: (lv_typeName_4_0= RULE_ID )
                    {
                    // InternalTwin.g:1854:5: (lv_typeName_4_0= RULE_ID )
                    // InternalTwin.g:1855:6: lv_typeName_4_0= RULE_ID
                    {
                    lv_typeName_4_0=(Token)match(input,RULE_ID,FOLLOW_2); 

                    						newLeafNode(lv_typeName_4_0, grammarAccess.getPlc4xAddressAccess().getTypeNameIDTerminalRuleCall_3_1_0());
                    					

                    						if (current==null) {
                    							current = createModelElement(grammarAccess.getPlc4xAddressRule());
                    						}
                    						setWithLastConsumed(
                    							current,
                    							"typeName",
                    							lv_typeName_4_0,
                    							"org.fieldbridge.dsl.Twin.ID");
                    					

                    }


                    }


                    }
                    break;

            }


            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {

            	myHiddenTokenState.restore();

        }
        return current;
    }
    // $ANTLR end "rulePlc4xAddress"


    // $ANTLR start "entryRuleDataType"
    // InternalTwin.g:1879:1: entryRuleDataType returns [EObject current=null] : iv_ruleDataType= ruleDataType EOF ;
    public final EObject entryRuleDataType() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleDataType = null;


        try {
            // InternalTwin.g:1879:49: (iv_ruleDataType= ruleDataType EOF )
            // InternalTwin.g:1880:2: iv_ruleDataType= ruleDataType EOF
            {
             newCompositeNode(grammarAccess.getDataTypeRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleDataType=ruleDataType();

            state._fsp--;

             current =iv_ruleDataType; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleDataType"


    // $ANTLR start "ruleDataType"
    // InternalTwin.g:1886:1: ruleDataType returns [EObject current=null] : ( ( () ( (lv_kind_1_0= ruleScalarKind ) ) ) | ( () otherlv_3= 'string' otherlv_4= '(' ( (lv_registers_5_0= RULE_INT ) ) otherlv_6= ')' ) | ( () otherlv_8= 'bit' ( (lv_bit_9_0= RULE_INT ) ) ) ) ;
    public final EObject ruleDataType() throws RecognitionException {
        EObject current = null;

        Token otherlv_3=null;
        Token otherlv_4=null;
        Token lv_registers_5_0=null;
        Token otherlv_6=null;
        Token otherlv_8=null;
        Token lv_bit_9_0=null;
        Enumerator lv_kind_1_0 = null;



        	enterRule();

        try {
            // InternalTwin.g:1892:2: ( ( ( () ( (lv_kind_1_0= ruleScalarKind ) ) ) | ( () otherlv_3= 'string' otherlv_4= '(' ( (lv_registers_5_0= RULE_INT ) ) otherlv_6= ')' ) | ( () otherlv_8= 'bit' ( (lv_bit_9_0= RULE_INT ) ) ) ) )
            // InternalTwin.g:1893:2: ( ( () ( (lv_kind_1_0= ruleScalarKind ) ) ) | ( () otherlv_3= 'string' otherlv_4= '(' ( (lv_registers_5_0= RULE_INT ) ) otherlv_6= ')' ) | ( () otherlv_8= 'bit' ( (lv_bit_9_0= RULE_INT ) ) ) )
            {
            // InternalTwin.g:1893:2: ( ( () ( (lv_kind_1_0= ruleScalarKind ) ) ) | ( () otherlv_3= 'string' otherlv_4= '(' ( (lv_registers_5_0= RULE_INT ) ) otherlv_6= ')' ) | ( () otherlv_8= 'bit' ( (lv_bit_9_0= RULE_INT ) ) ) )
            int alt30=3;
            switch ( input.LA(1) ) {
            case 96:
            case 97:
            case 98:
            case 99:
            case 100:
            case 101:
            case 102:
            case 103:
                {
                alt30=1;
                }
                break;
            case 43:
                {
                alt30=2;
                }
                break;
            case 46:
                {
                alt30=3;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 30, 0, input);

                throw nvae;
            }

            switch (alt30) {
                case 1 :
                    // InternalTwin.g:1894:3: ( () ( (lv_kind_1_0= ruleScalarKind ) ) )
                    {
                    // InternalTwin.g:1894:3: ( () ( (lv_kind_1_0= ruleScalarKind ) ) )
                    // InternalTwin.g:1895:4: () ( (lv_kind_1_0= ruleScalarKind ) )
                    {
                    // InternalTwin.g:1895:4: ()
                    // InternalTwin.g:1896:5: 
                    {

                    					current = forceCreateModelElement(
                    						grammarAccess.getDataTypeAccess().getScalarTypeAction_0_0(),
                    						current);
                    				

                    }

                    // InternalTwin.g:1902:4: ( (lv_kind_1_0= ruleScalarKind ) )
                    // InternalTwin.g:1903:5: (lv_kind_1_0= ruleScalarKind )
                    {
                    // InternalTwin.g:1903:5: (lv_kind_1_0= ruleScalarKind )
                    // InternalTwin.g:1904:6: lv_kind_1_0= ruleScalarKind
                    {

                    						newCompositeNode(grammarAccess.getDataTypeAccess().getKindScalarKindEnumRuleCall_0_1_0());
                    					
                    pushFollow(FOLLOW_2);
                    lv_kind_1_0=ruleScalarKind();

                    state._fsp--;


                    						if (current==null) {
                    							current = createModelElementForParent(grammarAccess.getDataTypeRule());
                    						}
                    						set(
                    							current,
                    							"kind",
                    							lv_kind_1_0,
                    							"org.fieldbridge.dsl.Twin.ScalarKind");
                    						afterParserOrEnumRuleCall();
                    					

                    }


                    }


                    }


                    }
                    break;
                case 2 :
                    // InternalTwin.g:1923:3: ( () otherlv_3= 'string' otherlv_4= '(' ( (lv_registers_5_0= RULE_INT ) ) otherlv_6= ')' )
                    {
                    // InternalTwin.g:1923:3: ( () otherlv_3= 'string' otherlv_4= '(' ( (lv_registers_5_0= RULE_INT ) ) otherlv_6= ')' )
                    // InternalTwin.g:1924:4: () otherlv_3= 'string' otherlv_4= '(' ( (lv_registers_5_0= RULE_INT ) ) otherlv_6= ')'
                    {
                    // InternalTwin.g:1924:4: ()
                    // InternalTwin.g:1925:5: 
                    {

                    					current = forceCreateModelElement(
                    						grammarAccess.getDataTypeAccess().getStringTypeAction_1_0(),
                    						current);
                    				

                    }

                    otherlv_3=(Token)match(input,43,FOLLOW_40); 

                    				newLeafNode(otherlv_3, grammarAccess.getDataTypeAccess().getStringKeyword_1_1());
                    			
                    otherlv_4=(Token)match(input,44,FOLLOW_11); 

                    				newLeafNode(otherlv_4, grammarAccess.getDataTypeAccess().getLeftParenthesisKeyword_1_2());
                    			
                    // InternalTwin.g:1939:4: ( (lv_registers_5_0= RULE_INT ) )
                    // InternalTwin.g:1940:5: (lv_registers_5_0= RULE_INT )
                    {
                    // InternalTwin.g:1940:5: (lv_registers_5_0= RULE_INT )
                    // InternalTwin.g:1941:6: lv_registers_5_0= RULE_INT
                    {
                    lv_registers_5_0=(Token)match(input,RULE_INT,FOLLOW_41); 

                    						newLeafNode(lv_registers_5_0, grammarAccess.getDataTypeAccess().getRegistersINTTerminalRuleCall_1_3_0());
                    					

                    						if (current==null) {
                    							current = createModelElement(grammarAccess.getDataTypeRule());
                    						}
                    						setWithLastConsumed(
                    							current,
                    							"registers",
                    							lv_registers_5_0,
                    							"org.fieldbridge.dsl.Twin.INT");
                    					

                    }


                    }

                    otherlv_6=(Token)match(input,45,FOLLOW_2); 

                    				newLeafNode(otherlv_6, grammarAccess.getDataTypeAccess().getRightParenthesisKeyword_1_4());
                    			

                    }


                    }
                    break;
                case 3 :
                    // InternalTwin.g:1963:3: ( () otherlv_8= 'bit' ( (lv_bit_9_0= RULE_INT ) ) )
                    {
                    // InternalTwin.g:1963:3: ( () otherlv_8= 'bit' ( (lv_bit_9_0= RULE_INT ) ) )
                    // InternalTwin.g:1964:4: () otherlv_8= 'bit' ( (lv_bit_9_0= RULE_INT ) )
                    {
                    // InternalTwin.g:1964:4: ()
                    // InternalTwin.g:1965:5: 
                    {

                    					current = forceCreateModelElement(
                    						grammarAccess.getDataTypeAccess().getBitTypeAction_2_0(),
                    						current);
                    				

                    }

                    otherlv_8=(Token)match(input,46,FOLLOW_11); 

                    				newLeafNode(otherlv_8, grammarAccess.getDataTypeAccess().getBitKeyword_2_1());
                    			
                    // InternalTwin.g:1975:4: ( (lv_bit_9_0= RULE_INT ) )
                    // InternalTwin.g:1976:5: (lv_bit_9_0= RULE_INT )
                    {
                    // InternalTwin.g:1976:5: (lv_bit_9_0= RULE_INT )
                    // InternalTwin.g:1977:6: lv_bit_9_0= RULE_INT
                    {
                    lv_bit_9_0=(Token)match(input,RULE_INT,FOLLOW_2); 

                    						newLeafNode(lv_bit_9_0, grammarAccess.getDataTypeAccess().getBitINTTerminalRuleCall_2_2_0());
                    					

                    						if (current==null) {
                    							current = createModelElement(grammarAccess.getDataTypeRule());
                    						}
                    						setWithLastConsumed(
                    							current,
                    							"bit",
                    							lv_bit_9_0,
                    							"org.fieldbridge.dsl.Twin.INT");
                    					

                    }


                    }


                    }


                    }
                    break;

            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleDataType"


    // $ANTLR start "entryRuleMappingOption"
    // InternalTwin.g:1998:1: entryRuleMappingOption returns [EObject current=null] : iv_ruleMappingOption= ruleMappingOption EOF ;
    public final EObject entryRuleMappingOption() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleMappingOption = null;


        try {
            // InternalTwin.g:1998:54: (iv_ruleMappingOption= ruleMappingOption EOF )
            // InternalTwin.g:1999:2: iv_ruleMappingOption= ruleMappingOption EOF
            {
             newCompositeNode(grammarAccess.getMappingOptionRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleMappingOption=ruleMappingOption();

            state._fsp--;

             current =iv_ruleMappingOption; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleMappingOption"


    // $ANTLR start "ruleMappingOption"
    // InternalTwin.g:2005:1: ruleMappingOption returns [EObject current=null] : (this_ScaleOption_0= ruleScaleOption | this_OffsetOption_1= ruleOffsetOption | this_UnitOption_2= ruleUnitOption | this_ValidOption_3= ruleValidOption | this_DeadbandOption_4= ruleDeadbandOption | this_ByteOrderSetting_5= ruleByteOrderSetting | this_WordOrderSetting_6= ruleWordOrderSetting ) ;
    public final EObject ruleMappingOption() throws RecognitionException {
        EObject current = null;

        EObject this_ScaleOption_0 = null;

        EObject this_OffsetOption_1 = null;

        EObject this_UnitOption_2 = null;

        EObject this_ValidOption_3 = null;

        EObject this_DeadbandOption_4 = null;

        EObject this_ByteOrderSetting_5 = null;

        EObject this_WordOrderSetting_6 = null;



        	enterRule();

        try {
            // InternalTwin.g:2011:2: ( (this_ScaleOption_0= ruleScaleOption | this_OffsetOption_1= ruleOffsetOption | this_UnitOption_2= ruleUnitOption | this_ValidOption_3= ruleValidOption | this_DeadbandOption_4= ruleDeadbandOption | this_ByteOrderSetting_5= ruleByteOrderSetting | this_WordOrderSetting_6= ruleWordOrderSetting ) )
            // InternalTwin.g:2012:2: (this_ScaleOption_0= ruleScaleOption | this_OffsetOption_1= ruleOffsetOption | this_UnitOption_2= ruleUnitOption | this_ValidOption_3= ruleValidOption | this_DeadbandOption_4= ruleDeadbandOption | this_ByteOrderSetting_5= ruleByteOrderSetting | this_WordOrderSetting_6= ruleWordOrderSetting )
            {
            // InternalTwin.g:2012:2: (this_ScaleOption_0= ruleScaleOption | this_OffsetOption_1= ruleOffsetOption | this_UnitOption_2= ruleUnitOption | this_ValidOption_3= ruleValidOption | this_DeadbandOption_4= ruleDeadbandOption | this_ByteOrderSetting_5= ruleByteOrderSetting | this_WordOrderSetting_6= ruleWordOrderSetting )
            int alt31=7;
            switch ( input.LA(1) ) {
            case 47:
                {
                alt31=1;
                }
                break;
            case 48:
                {
                alt31=2;
                }
                break;
            case 17:
                {
                alt31=3;
                }
                break;
            case 49:
                {
                alt31=4;
                }
                break;
            case 51:
                {
                alt31=5;
                }
                break;
            case 22:
                {
                alt31=6;
                }
                break;
            case 24:
                {
                alt31=7;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 31, 0, input);

                throw nvae;
            }

            switch (alt31) {
                case 1 :
                    // InternalTwin.g:2013:3: this_ScaleOption_0= ruleScaleOption
                    {

                    			newCompositeNode(grammarAccess.getMappingOptionAccess().getScaleOptionParserRuleCall_0());
                    		
                    pushFollow(FOLLOW_2);
                    this_ScaleOption_0=ruleScaleOption();

                    state._fsp--;


                    			current = this_ScaleOption_0;
                    			afterParserOrEnumRuleCall();
                    		

                    }
                    break;
                case 2 :
                    // InternalTwin.g:2022:3: this_OffsetOption_1= ruleOffsetOption
                    {

                    			newCompositeNode(grammarAccess.getMappingOptionAccess().getOffsetOptionParserRuleCall_1());
                    		
                    pushFollow(FOLLOW_2);
                    this_OffsetOption_1=ruleOffsetOption();

                    state._fsp--;


                    			current = this_OffsetOption_1;
                    			afterParserOrEnumRuleCall();
                    		

                    }
                    break;
                case 3 :
                    // InternalTwin.g:2031:3: this_UnitOption_2= ruleUnitOption
                    {

                    			newCompositeNode(grammarAccess.getMappingOptionAccess().getUnitOptionParserRuleCall_2());
                    		
                    pushFollow(FOLLOW_2);
                    this_UnitOption_2=ruleUnitOption();

                    state._fsp--;


                    			current = this_UnitOption_2;
                    			afterParserOrEnumRuleCall();
                    		

                    }
                    break;
                case 4 :
                    // InternalTwin.g:2040:3: this_ValidOption_3= ruleValidOption
                    {

                    			newCompositeNode(grammarAccess.getMappingOptionAccess().getValidOptionParserRuleCall_3());
                    		
                    pushFollow(FOLLOW_2);
                    this_ValidOption_3=ruleValidOption();

                    state._fsp--;


                    			current = this_ValidOption_3;
                    			afterParserOrEnumRuleCall();
                    		

                    }
                    break;
                case 5 :
                    // InternalTwin.g:2049:3: this_DeadbandOption_4= ruleDeadbandOption
                    {

                    			newCompositeNode(grammarAccess.getMappingOptionAccess().getDeadbandOptionParserRuleCall_4());
                    		
                    pushFollow(FOLLOW_2);
                    this_DeadbandOption_4=ruleDeadbandOption();

                    state._fsp--;


                    			current = this_DeadbandOption_4;
                    			afterParserOrEnumRuleCall();
                    		

                    }
                    break;
                case 6 :
                    // InternalTwin.g:2058:3: this_ByteOrderSetting_5= ruleByteOrderSetting
                    {

                    			newCompositeNode(grammarAccess.getMappingOptionAccess().getByteOrderSettingParserRuleCall_5());
                    		
                    pushFollow(FOLLOW_2);
                    this_ByteOrderSetting_5=ruleByteOrderSetting();

                    state._fsp--;


                    			current = this_ByteOrderSetting_5;
                    			afterParserOrEnumRuleCall();
                    		

                    }
                    break;
                case 7 :
                    // InternalTwin.g:2067:3: this_WordOrderSetting_6= ruleWordOrderSetting
                    {

                    			newCompositeNode(grammarAccess.getMappingOptionAccess().getWordOrderSettingParserRuleCall_6());
                    		
                    pushFollow(FOLLOW_2);
                    this_WordOrderSetting_6=ruleWordOrderSetting();

                    state._fsp--;


                    			current = this_WordOrderSetting_6;
                    			afterParserOrEnumRuleCall();
                    		

                    }
                    break;

            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleMappingOption"


    // $ANTLR start "entryRuleScaleOption"
    // InternalTwin.g:2079:1: entryRuleScaleOption returns [EObject current=null] : iv_ruleScaleOption= ruleScaleOption EOF ;
    public final EObject entryRuleScaleOption() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleScaleOption = null;


        try {
            // InternalTwin.g:2079:52: (iv_ruleScaleOption= ruleScaleOption EOF )
            // InternalTwin.g:2080:2: iv_ruleScaleOption= ruleScaleOption EOF
            {
             newCompositeNode(grammarAccess.getScaleOptionRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleScaleOption=ruleScaleOption();

            state._fsp--;

             current =iv_ruleScaleOption; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleScaleOption"


    // $ANTLR start "ruleScaleOption"
    // InternalTwin.g:2086:1: ruleScaleOption returns [EObject current=null] : (otherlv_0= 'scale' ( (lv_factor_1_0= ruleNumber ) ) ) ;
    public final EObject ruleScaleOption() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        AntlrDatatypeRuleToken lv_factor_1_0 = null;



        	enterRule();

        try {
            // InternalTwin.g:2092:2: ( (otherlv_0= 'scale' ( (lv_factor_1_0= ruleNumber ) ) ) )
            // InternalTwin.g:2093:2: (otherlv_0= 'scale' ( (lv_factor_1_0= ruleNumber ) ) )
            {
            // InternalTwin.g:2093:2: (otherlv_0= 'scale' ( (lv_factor_1_0= ruleNumber ) ) )
            // InternalTwin.g:2094:3: otherlv_0= 'scale' ( (lv_factor_1_0= ruleNumber ) )
            {
            otherlv_0=(Token)match(input,47,FOLLOW_42); 

            			newLeafNode(otherlv_0, grammarAccess.getScaleOptionAccess().getScaleKeyword_0());
            		
            // InternalTwin.g:2098:3: ( (lv_factor_1_0= ruleNumber ) )
            // InternalTwin.g:2099:4: (lv_factor_1_0= ruleNumber )
            {
            // InternalTwin.g:2099:4: (lv_factor_1_0= ruleNumber )
            // InternalTwin.g:2100:5: lv_factor_1_0= ruleNumber
            {

            					newCompositeNode(grammarAccess.getScaleOptionAccess().getFactorNumberParserRuleCall_1_0());
            				
            pushFollow(FOLLOW_2);
            lv_factor_1_0=ruleNumber();

            state._fsp--;


            					if (current==null) {
            						current = createModelElementForParent(grammarAccess.getScaleOptionRule());
            					}
            					set(
            						current,
            						"factor",
            						lv_factor_1_0,
            						"org.fieldbridge.dsl.Twin.Number");
            					afterParserOrEnumRuleCall();
            				

            }


            }


            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleScaleOption"


    // $ANTLR start "entryRuleOffsetOption"
    // InternalTwin.g:2121:1: entryRuleOffsetOption returns [EObject current=null] : iv_ruleOffsetOption= ruleOffsetOption EOF ;
    public final EObject entryRuleOffsetOption() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleOffsetOption = null;


        try {
            // InternalTwin.g:2121:53: (iv_ruleOffsetOption= ruleOffsetOption EOF )
            // InternalTwin.g:2122:2: iv_ruleOffsetOption= ruleOffsetOption EOF
            {
             newCompositeNode(grammarAccess.getOffsetOptionRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleOffsetOption=ruleOffsetOption();

            state._fsp--;

             current =iv_ruleOffsetOption; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleOffsetOption"


    // $ANTLR start "ruleOffsetOption"
    // InternalTwin.g:2128:1: ruleOffsetOption returns [EObject current=null] : (otherlv_0= 'offset' ( (lv_offset_1_0= ruleNumber ) ) ) ;
    public final EObject ruleOffsetOption() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        AntlrDatatypeRuleToken lv_offset_1_0 = null;



        	enterRule();

        try {
            // InternalTwin.g:2134:2: ( (otherlv_0= 'offset' ( (lv_offset_1_0= ruleNumber ) ) ) )
            // InternalTwin.g:2135:2: (otherlv_0= 'offset' ( (lv_offset_1_0= ruleNumber ) ) )
            {
            // InternalTwin.g:2135:2: (otherlv_0= 'offset' ( (lv_offset_1_0= ruleNumber ) ) )
            // InternalTwin.g:2136:3: otherlv_0= 'offset' ( (lv_offset_1_0= ruleNumber ) )
            {
            otherlv_0=(Token)match(input,48,FOLLOW_42); 

            			newLeafNode(otherlv_0, grammarAccess.getOffsetOptionAccess().getOffsetKeyword_0());
            		
            // InternalTwin.g:2140:3: ( (lv_offset_1_0= ruleNumber ) )
            // InternalTwin.g:2141:4: (lv_offset_1_0= ruleNumber )
            {
            // InternalTwin.g:2141:4: (lv_offset_1_0= ruleNumber )
            // InternalTwin.g:2142:5: lv_offset_1_0= ruleNumber
            {

            					newCompositeNode(grammarAccess.getOffsetOptionAccess().getOffsetNumberParserRuleCall_1_0());
            				
            pushFollow(FOLLOW_2);
            lv_offset_1_0=ruleNumber();

            state._fsp--;


            					if (current==null) {
            						current = createModelElementForParent(grammarAccess.getOffsetOptionRule());
            					}
            					set(
            						current,
            						"offset",
            						lv_offset_1_0,
            						"org.fieldbridge.dsl.Twin.Number");
            					afterParserOrEnumRuleCall();
            				

            }


            }


            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleOffsetOption"


    // $ANTLR start "entryRuleUnitOption"
    // InternalTwin.g:2163:1: entryRuleUnitOption returns [EObject current=null] : iv_ruleUnitOption= ruleUnitOption EOF ;
    public final EObject entryRuleUnitOption() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleUnitOption = null;


        try {
            // InternalTwin.g:2163:51: (iv_ruleUnitOption= ruleUnitOption EOF )
            // InternalTwin.g:2164:2: iv_ruleUnitOption= ruleUnitOption EOF
            {
             newCompositeNode(grammarAccess.getUnitOptionRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleUnitOption=ruleUnitOption();

            state._fsp--;

             current =iv_ruleUnitOption; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleUnitOption"


    // $ANTLR start "ruleUnitOption"
    // InternalTwin.g:2170:1: ruleUnitOption returns [EObject current=null] : (otherlv_0= 'unit' ( (lv_unit_1_0= ruleUnitName ) ) ) ;
    public final EObject ruleUnitOption() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        AntlrDatatypeRuleToken lv_unit_1_0 = null;



        	enterRule();

        try {
            // InternalTwin.g:2176:2: ( (otherlv_0= 'unit' ( (lv_unit_1_0= ruleUnitName ) ) ) )
            // InternalTwin.g:2177:2: (otherlv_0= 'unit' ( (lv_unit_1_0= ruleUnitName ) ) )
            {
            // InternalTwin.g:2177:2: (otherlv_0= 'unit' ( (lv_unit_1_0= ruleUnitName ) ) )
            // InternalTwin.g:2178:3: otherlv_0= 'unit' ( (lv_unit_1_0= ruleUnitName ) )
            {
            otherlv_0=(Token)match(input,17,FOLLOW_43); 

            			newLeafNode(otherlv_0, grammarAccess.getUnitOptionAccess().getUnitKeyword_0());
            		
            // InternalTwin.g:2182:3: ( (lv_unit_1_0= ruleUnitName ) )
            // InternalTwin.g:2183:4: (lv_unit_1_0= ruleUnitName )
            {
            // InternalTwin.g:2183:4: (lv_unit_1_0= ruleUnitName )
            // InternalTwin.g:2184:5: lv_unit_1_0= ruleUnitName
            {

            					newCompositeNode(grammarAccess.getUnitOptionAccess().getUnitUnitNameParserRuleCall_1_0());
            				
            pushFollow(FOLLOW_2);
            lv_unit_1_0=ruleUnitName();

            state._fsp--;


            					if (current==null) {
            						current = createModelElementForParent(grammarAccess.getUnitOptionRule());
            					}
            					set(
            						current,
            						"unit",
            						lv_unit_1_0,
            						"org.fieldbridge.dsl.Twin.UnitName");
            					afterParserOrEnumRuleCall();
            				

            }


            }


            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleUnitOption"


    // $ANTLR start "entryRuleValidOption"
    // InternalTwin.g:2205:1: entryRuleValidOption returns [EObject current=null] : iv_ruleValidOption= ruleValidOption EOF ;
    public final EObject entryRuleValidOption() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleValidOption = null;


        try {
            // InternalTwin.g:2205:52: (iv_ruleValidOption= ruleValidOption EOF )
            // InternalTwin.g:2206:2: iv_ruleValidOption= ruleValidOption EOF
            {
             newCompositeNode(grammarAccess.getValidOptionRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleValidOption=ruleValidOption();

            state._fsp--;

             current =iv_ruleValidOption; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleValidOption"


    // $ANTLR start "ruleValidOption"
    // InternalTwin.g:2212:1: ruleValidOption returns [EObject current=null] : (otherlv_0= 'valid' ( (lv_minimum_1_0= ruleNumber ) ) otherlv_2= '..' ( (lv_maximum_3_0= ruleNumber ) ) ) ;
    public final EObject ruleValidOption() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Token otherlv_2=null;
        AntlrDatatypeRuleToken lv_minimum_1_0 = null;

        AntlrDatatypeRuleToken lv_maximum_3_0 = null;



        	enterRule();

        try {
            // InternalTwin.g:2218:2: ( (otherlv_0= 'valid' ( (lv_minimum_1_0= ruleNumber ) ) otherlv_2= '..' ( (lv_maximum_3_0= ruleNumber ) ) ) )
            // InternalTwin.g:2219:2: (otherlv_0= 'valid' ( (lv_minimum_1_0= ruleNumber ) ) otherlv_2= '..' ( (lv_maximum_3_0= ruleNumber ) ) )
            {
            // InternalTwin.g:2219:2: (otherlv_0= 'valid' ( (lv_minimum_1_0= ruleNumber ) ) otherlv_2= '..' ( (lv_maximum_3_0= ruleNumber ) ) )
            // InternalTwin.g:2220:3: otherlv_0= 'valid' ( (lv_minimum_1_0= ruleNumber ) ) otherlv_2= '..' ( (lv_maximum_3_0= ruleNumber ) )
            {
            otherlv_0=(Token)match(input,49,FOLLOW_42); 

            			newLeafNode(otherlv_0, grammarAccess.getValidOptionAccess().getValidKeyword_0());
            		
            // InternalTwin.g:2224:3: ( (lv_minimum_1_0= ruleNumber ) )
            // InternalTwin.g:2225:4: (lv_minimum_1_0= ruleNumber )
            {
            // InternalTwin.g:2225:4: (lv_minimum_1_0= ruleNumber )
            // InternalTwin.g:2226:5: lv_minimum_1_0= ruleNumber
            {

            					newCompositeNode(grammarAccess.getValidOptionAccess().getMinimumNumberParserRuleCall_1_0());
            				
            pushFollow(FOLLOW_44);
            lv_minimum_1_0=ruleNumber();

            state._fsp--;


            					if (current==null) {
            						current = createModelElementForParent(grammarAccess.getValidOptionRule());
            					}
            					set(
            						current,
            						"minimum",
            						lv_minimum_1_0,
            						"org.fieldbridge.dsl.Twin.Number");
            					afterParserOrEnumRuleCall();
            				

            }


            }

            otherlv_2=(Token)match(input,50,FOLLOW_42); 

            			newLeafNode(otherlv_2, grammarAccess.getValidOptionAccess().getFullStopFullStopKeyword_2());
            		
            // InternalTwin.g:2247:3: ( (lv_maximum_3_0= ruleNumber ) )
            // InternalTwin.g:2248:4: (lv_maximum_3_0= ruleNumber )
            {
            // InternalTwin.g:2248:4: (lv_maximum_3_0= ruleNumber )
            // InternalTwin.g:2249:5: lv_maximum_3_0= ruleNumber
            {

            					newCompositeNode(grammarAccess.getValidOptionAccess().getMaximumNumberParserRuleCall_3_0());
            				
            pushFollow(FOLLOW_2);
            lv_maximum_3_0=ruleNumber();

            state._fsp--;


            					if (current==null) {
            						current = createModelElementForParent(grammarAccess.getValidOptionRule());
            					}
            					set(
            						current,
            						"maximum",
            						lv_maximum_3_0,
            						"org.fieldbridge.dsl.Twin.Number");
            					afterParserOrEnumRuleCall();
            				

            }


            }


            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleValidOption"


    // $ANTLR start "entryRuleDeadbandOption"
    // InternalTwin.g:2270:1: entryRuleDeadbandOption returns [EObject current=null] : iv_ruleDeadbandOption= ruleDeadbandOption EOF ;
    public final EObject entryRuleDeadbandOption() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleDeadbandOption = null;


        try {
            // InternalTwin.g:2270:55: (iv_ruleDeadbandOption= ruleDeadbandOption EOF )
            // InternalTwin.g:2271:2: iv_ruleDeadbandOption= ruleDeadbandOption EOF
            {
             newCompositeNode(grammarAccess.getDeadbandOptionRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleDeadbandOption=ruleDeadbandOption();

            state._fsp--;

             current =iv_ruleDeadbandOption; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleDeadbandOption"


    // $ANTLR start "ruleDeadbandOption"
    // InternalTwin.g:2277:1: ruleDeadbandOption returns [EObject current=null] : (otherlv_0= 'deadband' ( (lv_deadband_1_0= ruleNumber ) ) ) ;
    public final EObject ruleDeadbandOption() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        AntlrDatatypeRuleToken lv_deadband_1_0 = null;



        	enterRule();

        try {
            // InternalTwin.g:2283:2: ( (otherlv_0= 'deadband' ( (lv_deadband_1_0= ruleNumber ) ) ) )
            // InternalTwin.g:2284:2: (otherlv_0= 'deadband' ( (lv_deadband_1_0= ruleNumber ) ) )
            {
            // InternalTwin.g:2284:2: (otherlv_0= 'deadband' ( (lv_deadband_1_0= ruleNumber ) ) )
            // InternalTwin.g:2285:3: otherlv_0= 'deadband' ( (lv_deadband_1_0= ruleNumber ) )
            {
            otherlv_0=(Token)match(input,51,FOLLOW_42); 

            			newLeafNode(otherlv_0, grammarAccess.getDeadbandOptionAccess().getDeadbandKeyword_0());
            		
            // InternalTwin.g:2289:3: ( (lv_deadband_1_0= ruleNumber ) )
            // InternalTwin.g:2290:4: (lv_deadband_1_0= ruleNumber )
            {
            // InternalTwin.g:2290:4: (lv_deadband_1_0= ruleNumber )
            // InternalTwin.g:2291:5: lv_deadband_1_0= ruleNumber
            {

            					newCompositeNode(grammarAccess.getDeadbandOptionAccess().getDeadbandNumberParserRuleCall_1_0());
            				
            pushFollow(FOLLOW_2);
            lv_deadband_1_0=ruleNumber();

            state._fsp--;


            					if (current==null) {
            						current = createModelElementForParent(grammarAccess.getDeadbandOptionRule());
            					}
            					set(
            						current,
            						"deadband",
            						lv_deadband_1_0,
            						"org.fieldbridge.dsl.Twin.Number");
            					afterParserOrEnumRuleCall();
            				

            }


            }


            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleDeadbandOption"


    // $ANTLR start "entryRuleAlignment"
    // InternalTwin.g:2312:1: entryRuleAlignment returns [EObject current=null] : iv_ruleAlignment= ruleAlignment EOF ;
    public final EObject entryRuleAlignment() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleAlignment = null;


        try {
            // InternalTwin.g:2312:50: (iv_ruleAlignment= ruleAlignment EOF )
            // InternalTwin.g:2313:2: iv_ruleAlignment= ruleAlignment EOF
            {
             newCompositeNode(grammarAccess.getAlignmentRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleAlignment=ruleAlignment();

            state._fsp--;

             current =iv_ruleAlignment; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleAlignment"


    // $ANTLR start "ruleAlignment"
    // InternalTwin.g:2319:1: ruleAlignment returns [EObject current=null] : (otherlv_0= 'align' ( (lv_targets_1_0= ruleAlignTarget ) ) (otherlv_2= ',' ( (lv_targets_3_0= ruleAlignTarget ) ) )* otherlv_4= 'every' ( (lv_period_5_0= ruleDuration ) ) otherlv_6= 'using' ( (lv_method_7_0= ruleAlignMethod ) ) (otherlv_8= ',' otherlv_9= 'stale' otherlv_10= 'after' ( (lv_staleAfter_11_0= ruleDuration ) ) )? ) ;
    public final EObject ruleAlignment() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Token otherlv_2=null;
        Token otherlv_4=null;
        Token otherlv_6=null;
        Token otherlv_8=null;
        Token otherlv_9=null;
        Token otherlv_10=null;
        EObject lv_targets_1_0 = null;

        EObject lv_targets_3_0 = null;

        EObject lv_period_5_0 = null;

        Enumerator lv_method_7_0 = null;

        EObject lv_staleAfter_11_0 = null;



        	enterRule();

        try {
            // InternalTwin.g:2325:2: ( (otherlv_0= 'align' ( (lv_targets_1_0= ruleAlignTarget ) ) (otherlv_2= ',' ( (lv_targets_3_0= ruleAlignTarget ) ) )* otherlv_4= 'every' ( (lv_period_5_0= ruleDuration ) ) otherlv_6= 'using' ( (lv_method_7_0= ruleAlignMethod ) ) (otherlv_8= ',' otherlv_9= 'stale' otherlv_10= 'after' ( (lv_staleAfter_11_0= ruleDuration ) ) )? ) )
            // InternalTwin.g:2326:2: (otherlv_0= 'align' ( (lv_targets_1_0= ruleAlignTarget ) ) (otherlv_2= ',' ( (lv_targets_3_0= ruleAlignTarget ) ) )* otherlv_4= 'every' ( (lv_period_5_0= ruleDuration ) ) otherlv_6= 'using' ( (lv_method_7_0= ruleAlignMethod ) ) (otherlv_8= ',' otherlv_9= 'stale' otherlv_10= 'after' ( (lv_staleAfter_11_0= ruleDuration ) ) )? )
            {
            // InternalTwin.g:2326:2: (otherlv_0= 'align' ( (lv_targets_1_0= ruleAlignTarget ) ) (otherlv_2= ',' ( (lv_targets_3_0= ruleAlignTarget ) ) )* otherlv_4= 'every' ( (lv_period_5_0= ruleDuration ) ) otherlv_6= 'using' ( (lv_method_7_0= ruleAlignMethod ) ) (otherlv_8= ',' otherlv_9= 'stale' otherlv_10= 'after' ( (lv_staleAfter_11_0= ruleDuration ) ) )? )
            // InternalTwin.g:2327:3: otherlv_0= 'align' ( (lv_targets_1_0= ruleAlignTarget ) ) (otherlv_2= ',' ( (lv_targets_3_0= ruleAlignTarget ) ) )* otherlv_4= 'every' ( (lv_period_5_0= ruleDuration ) ) otherlv_6= 'using' ( (lv_method_7_0= ruleAlignMethod ) ) (otherlv_8= ',' otherlv_9= 'stale' otherlv_10= 'after' ( (lv_staleAfter_11_0= ruleDuration ) ) )?
            {
            otherlv_0=(Token)match(input,52,FOLLOW_3); 

            			newLeafNode(otherlv_0, grammarAccess.getAlignmentAccess().getAlignKeyword_0());
            		
            // InternalTwin.g:2331:3: ( (lv_targets_1_0= ruleAlignTarget ) )
            // InternalTwin.g:2332:4: (lv_targets_1_0= ruleAlignTarget )
            {
            // InternalTwin.g:2332:4: (lv_targets_1_0= ruleAlignTarget )
            // InternalTwin.g:2333:5: lv_targets_1_0= ruleAlignTarget
            {

            					newCompositeNode(grammarAccess.getAlignmentAccess().getTargetsAlignTargetParserRuleCall_1_0());
            				
            pushFollow(FOLLOW_45);
            lv_targets_1_0=ruleAlignTarget();

            state._fsp--;


            					if (current==null) {
            						current = createModelElementForParent(grammarAccess.getAlignmentRule());
            					}
            					add(
            						current,
            						"targets",
            						lv_targets_1_0,
            						"org.fieldbridge.dsl.Twin.AlignTarget");
            					afterParserOrEnumRuleCall();
            				

            }


            }

            // InternalTwin.g:2350:3: (otherlv_2= ',' ( (lv_targets_3_0= ruleAlignTarget ) ) )*
            loop32:
            do {
                int alt32=2;
                int LA32_0 = input.LA(1);

                if ( (LA32_0==19) ) {
                    alt32=1;
                }


                switch (alt32) {
            	case 1 :
            	    // InternalTwin.g:2351:4: otherlv_2= ',' ( (lv_targets_3_0= ruleAlignTarget ) )
            	    {
            	    otherlv_2=(Token)match(input,19,FOLLOW_3); 

            	    				newLeafNode(otherlv_2, grammarAccess.getAlignmentAccess().getCommaKeyword_2_0());
            	    			
            	    // InternalTwin.g:2355:4: ( (lv_targets_3_0= ruleAlignTarget ) )
            	    // InternalTwin.g:2356:5: (lv_targets_3_0= ruleAlignTarget )
            	    {
            	    // InternalTwin.g:2356:5: (lv_targets_3_0= ruleAlignTarget )
            	    // InternalTwin.g:2357:6: lv_targets_3_0= ruleAlignTarget
            	    {

            	    						newCompositeNode(grammarAccess.getAlignmentAccess().getTargetsAlignTargetParserRuleCall_2_1_0());
            	    					
            	    pushFollow(FOLLOW_45);
            	    lv_targets_3_0=ruleAlignTarget();

            	    state._fsp--;


            	    						if (current==null) {
            	    							current = createModelElementForParent(grammarAccess.getAlignmentRule());
            	    						}
            	    						add(
            	    							current,
            	    							"targets",
            	    							lv_targets_3_0,
            	    							"org.fieldbridge.dsl.Twin.AlignTarget");
            	    						afterParserOrEnumRuleCall();
            	    					

            	    }


            	    }


            	    }
            	    break;

            	default :
            	    break loop32;
                }
            } while (true);

            otherlv_4=(Token)match(input,53,FOLLOW_11); 

            			newLeafNode(otherlv_4, grammarAccess.getAlignmentAccess().getEveryKeyword_3());
            		
            // InternalTwin.g:2379:3: ( (lv_period_5_0= ruleDuration ) )
            // InternalTwin.g:2380:4: (lv_period_5_0= ruleDuration )
            {
            // InternalTwin.g:2380:4: (lv_period_5_0= ruleDuration )
            // InternalTwin.g:2381:5: lv_period_5_0= ruleDuration
            {

            					newCompositeNode(grammarAccess.getAlignmentAccess().getPeriodDurationParserRuleCall_4_0());
            				
            pushFollow(FOLLOW_46);
            lv_period_5_0=ruleDuration();

            state._fsp--;


            					if (current==null) {
            						current = createModelElementForParent(grammarAccess.getAlignmentRule());
            					}
            					set(
            						current,
            						"period",
            						lv_period_5_0,
            						"org.fieldbridge.dsl.Twin.Duration");
            					afterParserOrEnumRuleCall();
            				

            }


            }

            otherlv_6=(Token)match(input,54,FOLLOW_47); 

            			newLeafNode(otherlv_6, grammarAccess.getAlignmentAccess().getUsingKeyword_5());
            		
            // InternalTwin.g:2402:3: ( (lv_method_7_0= ruleAlignMethod ) )
            // InternalTwin.g:2403:4: (lv_method_7_0= ruleAlignMethod )
            {
            // InternalTwin.g:2403:4: (lv_method_7_0= ruleAlignMethod )
            // InternalTwin.g:2404:5: lv_method_7_0= ruleAlignMethod
            {

            					newCompositeNode(grammarAccess.getAlignmentAccess().getMethodAlignMethodEnumRuleCall_6_0());
            				
            pushFollow(FOLLOW_48);
            lv_method_7_0=ruleAlignMethod();

            state._fsp--;


            					if (current==null) {
            						current = createModelElementForParent(grammarAccess.getAlignmentRule());
            					}
            					set(
            						current,
            						"method",
            						lv_method_7_0,
            						"org.fieldbridge.dsl.Twin.AlignMethod");
            					afterParserOrEnumRuleCall();
            				

            }


            }

            // InternalTwin.g:2421:3: (otherlv_8= ',' otherlv_9= 'stale' otherlv_10= 'after' ( (lv_staleAfter_11_0= ruleDuration ) ) )?
            int alt33=2;
            int LA33_0 = input.LA(1);

            if ( (LA33_0==19) ) {
                alt33=1;
            }
            switch (alt33) {
                case 1 :
                    // InternalTwin.g:2422:4: otherlv_8= ',' otherlv_9= 'stale' otherlv_10= 'after' ( (lv_staleAfter_11_0= ruleDuration ) )
                    {
                    otherlv_8=(Token)match(input,19,FOLLOW_49); 

                    				newLeafNode(otherlv_8, grammarAccess.getAlignmentAccess().getCommaKeyword_7_0());
                    			
                    otherlv_9=(Token)match(input,55,FOLLOW_50); 

                    				newLeafNode(otherlv_9, grammarAccess.getAlignmentAccess().getStaleKeyword_7_1());
                    			
                    otherlv_10=(Token)match(input,56,FOLLOW_11); 

                    				newLeafNode(otherlv_10, grammarAccess.getAlignmentAccess().getAfterKeyword_7_2());
                    			
                    // InternalTwin.g:2434:4: ( (lv_staleAfter_11_0= ruleDuration ) )
                    // InternalTwin.g:2435:5: (lv_staleAfter_11_0= ruleDuration )
                    {
                    // InternalTwin.g:2435:5: (lv_staleAfter_11_0= ruleDuration )
                    // InternalTwin.g:2436:6: lv_staleAfter_11_0= ruleDuration
                    {

                    						newCompositeNode(grammarAccess.getAlignmentAccess().getStaleAfterDurationParserRuleCall_7_3_0());
                    					
                    pushFollow(FOLLOW_2);
                    lv_staleAfter_11_0=ruleDuration();

                    state._fsp--;


                    						if (current==null) {
                    							current = createModelElementForParent(grammarAccess.getAlignmentRule());
                    						}
                    						set(
                    							current,
                    							"staleAfter",
                    							lv_staleAfter_11_0,
                    							"org.fieldbridge.dsl.Twin.Duration");
                    						afterParserOrEnumRuleCall();
                    					

                    }


                    }


                    }
                    break;

            }


            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleAlignment"


    // $ANTLR start "entryRuleAlignTarget"
    // InternalTwin.g:2458:1: entryRuleAlignTarget returns [EObject current=null] : iv_ruleAlignTarget= ruleAlignTarget EOF ;
    public final EObject entryRuleAlignTarget() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleAlignTarget = null;


        try {
            // InternalTwin.g:2458:52: (iv_ruleAlignTarget= ruleAlignTarget EOF )
            // InternalTwin.g:2459:2: iv_ruleAlignTarget= ruleAlignTarget EOF
            {
             newCompositeNode(grammarAccess.getAlignTargetRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleAlignTarget=ruleAlignTarget();

            state._fsp--;

             current =iv_ruleAlignTarget; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleAlignTarget"


    // $ANTLR start "ruleAlignTarget"
    // InternalTwin.g:2465:1: ruleAlignTarget returns [EObject current=null] : ( ( () ( ( ruleQualifiedName ) ) otherlv_2= '.' otherlv_3= '*' ) | ( () ( ( ruleQualifiedName ) ) ) ) ;
    public final EObject ruleAlignTarget() throws RecognitionException {
        EObject current = null;

        Token otherlv_2=null;
        Token otherlv_3=null;


        	enterRule();

        try {
            // InternalTwin.g:2471:2: ( ( ( () ( ( ruleQualifiedName ) ) otherlv_2= '.' otherlv_3= '*' ) | ( () ( ( ruleQualifiedName ) ) ) ) )
            // InternalTwin.g:2472:2: ( ( () ( ( ruleQualifiedName ) ) otherlv_2= '.' otherlv_3= '*' ) | ( () ( ( ruleQualifiedName ) ) ) )
            {
            // InternalTwin.g:2472:2: ( ( () ( ( ruleQualifiedName ) ) otherlv_2= '.' otherlv_3= '*' ) | ( () ( ( ruleQualifiedName ) ) ) )
            int alt34=2;
            alt34 = dfa34.predict(input);
            switch (alt34) {
                case 1 :
                    // InternalTwin.g:2473:3: ( () ( ( ruleQualifiedName ) ) otherlv_2= '.' otherlv_3= '*' )
                    {
                    // InternalTwin.g:2473:3: ( () ( ( ruleQualifiedName ) ) otherlv_2= '.' otherlv_3= '*' )
                    // InternalTwin.g:2474:4: () ( ( ruleQualifiedName ) ) otherlv_2= '.' otherlv_3= '*'
                    {
                    // InternalTwin.g:2474:4: ()
                    // InternalTwin.g:2475:5: 
                    {

                    					current = forceCreateModelElement(
                    						grammarAccess.getAlignTargetAccess().getEquipmentPatternAction_0_0(),
                    						current);
                    				

                    }

                    // InternalTwin.g:2481:4: ( ( ruleQualifiedName ) )
                    // InternalTwin.g:2482:5: ( ruleQualifiedName )
                    {
                    // InternalTwin.g:2482:5: ( ruleQualifiedName )
                    // InternalTwin.g:2483:6: ruleQualifiedName
                    {

                    						if (current==null) {
                    							current = createModelElement(grammarAccess.getAlignTargetRule());
                    						}
                    					

                    						newCompositeNode(grammarAccess.getAlignTargetAccess().getEquipmentEquipmentCrossReference_0_1_0());
                    					
                    pushFollow(FOLLOW_51);
                    ruleQualifiedName();

                    state._fsp--;


                    						afterParserOrEnumRuleCall();
                    					

                    }


                    }

                    otherlv_2=(Token)match(input,57,FOLLOW_52); 

                    				newLeafNode(otherlv_2, grammarAccess.getAlignTargetAccess().getFullStopKeyword_0_2());
                    			
                    otherlv_3=(Token)match(input,58,FOLLOW_2); 

                    				newLeafNode(otherlv_3, grammarAccess.getAlignTargetAccess().getAsteriskKeyword_0_3());
                    			

                    }


                    }
                    break;
                case 2 :
                    // InternalTwin.g:2507:3: ( () ( ( ruleQualifiedName ) ) )
                    {
                    // InternalTwin.g:2507:3: ( () ( ( ruleQualifiedName ) ) )
                    // InternalTwin.g:2508:4: () ( ( ruleQualifiedName ) )
                    {
                    // InternalTwin.g:2508:4: ()
                    // InternalTwin.g:2509:5: 
                    {

                    					current = forceCreateModelElement(
                    						grammarAccess.getAlignTargetAccess().getSignalTargetAction_1_0(),
                    						current);
                    				

                    }

                    // InternalTwin.g:2515:4: ( ( ruleQualifiedName ) )
                    // InternalTwin.g:2516:5: ( ruleQualifiedName )
                    {
                    // InternalTwin.g:2516:5: ( ruleQualifiedName )
                    // InternalTwin.g:2517:6: ruleQualifiedName
                    {

                    						if (current==null) {
                    							current = createModelElement(grammarAccess.getAlignTargetRule());
                    						}
                    					

                    						newCompositeNode(grammarAccess.getAlignTargetAccess().getSignalSignalCrossReference_1_1_0());
                    					
                    pushFollow(FOLLOW_2);
                    ruleQualifiedName();

                    state._fsp--;


                    						afterParserOrEnumRuleCall();
                    					

                    }


                    }


                    }


                    }
                    break;

            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleAlignTarget"


    // $ANTLR start "entryRuleBehaviour"
    // InternalTwin.g:2536:1: entryRuleBehaviour returns [EObject current=null] : iv_ruleBehaviour= ruleBehaviour EOF ;
    public final EObject entryRuleBehaviour() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleBehaviour = null;


        try {
            // InternalTwin.g:2536:50: (iv_ruleBehaviour= ruleBehaviour EOF )
            // InternalTwin.g:2537:2: iv_ruleBehaviour= ruleBehaviour EOF
            {
             newCompositeNode(grammarAccess.getBehaviourRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleBehaviour=ruleBehaviour();

            state._fsp--;

             current =iv_ruleBehaviour; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleBehaviour"


    // $ANTLR start "ruleBehaviour"
    // InternalTwin.g:2543:1: ruleBehaviour returns [EObject current=null] : (this_Alarm_0= ruleAlarm | this_Overshoot_1= ruleOvershoot | this_Energy_2= ruleEnergy | this_Verdict_3= ruleVerdict ) ;
    public final EObject ruleBehaviour() throws RecognitionException {
        EObject current = null;

        EObject this_Alarm_0 = null;

        EObject this_Overshoot_1 = null;

        EObject this_Energy_2 = null;

        EObject this_Verdict_3 = null;



        	enterRule();

        try {
            // InternalTwin.g:2549:2: ( (this_Alarm_0= ruleAlarm | this_Overshoot_1= ruleOvershoot | this_Energy_2= ruleEnergy | this_Verdict_3= ruleVerdict ) )
            // InternalTwin.g:2550:2: (this_Alarm_0= ruleAlarm | this_Overshoot_1= ruleOvershoot | this_Energy_2= ruleEnergy | this_Verdict_3= ruleVerdict )
            {
            // InternalTwin.g:2550:2: (this_Alarm_0= ruleAlarm | this_Overshoot_1= ruleOvershoot | this_Energy_2= ruleEnergy | this_Verdict_3= ruleVerdict )
            int alt35=4;
            switch ( input.LA(1) ) {
            case 59:
                {
                alt35=1;
                }
                break;
            case 63:
                {
                alt35=2;
                }
                break;
            case 66:
                {
                alt35=3;
                }
                break;
            case 69:
                {
                alt35=4;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 35, 0, input);

                throw nvae;
            }

            switch (alt35) {
                case 1 :
                    // InternalTwin.g:2551:3: this_Alarm_0= ruleAlarm
                    {

                    			newCompositeNode(grammarAccess.getBehaviourAccess().getAlarmParserRuleCall_0());
                    		
                    pushFollow(FOLLOW_2);
                    this_Alarm_0=ruleAlarm();

                    state._fsp--;


                    			current = this_Alarm_0;
                    			afterParserOrEnumRuleCall();
                    		

                    }
                    break;
                case 2 :
                    // InternalTwin.g:2560:3: this_Overshoot_1= ruleOvershoot
                    {

                    			newCompositeNode(grammarAccess.getBehaviourAccess().getOvershootParserRuleCall_1());
                    		
                    pushFollow(FOLLOW_2);
                    this_Overshoot_1=ruleOvershoot();

                    state._fsp--;


                    			current = this_Overshoot_1;
                    			afterParserOrEnumRuleCall();
                    		

                    }
                    break;
                case 3 :
                    // InternalTwin.g:2569:3: this_Energy_2= ruleEnergy
                    {

                    			newCompositeNode(grammarAccess.getBehaviourAccess().getEnergyParserRuleCall_2());
                    		
                    pushFollow(FOLLOW_2);
                    this_Energy_2=ruleEnergy();

                    state._fsp--;


                    			current = this_Energy_2;
                    			afterParserOrEnumRuleCall();
                    		

                    }
                    break;
                case 4 :
                    // InternalTwin.g:2578:3: this_Verdict_3= ruleVerdict
                    {

                    			newCompositeNode(grammarAccess.getBehaviourAccess().getVerdictParserRuleCall_3());
                    		
                    pushFollow(FOLLOW_2);
                    this_Verdict_3=ruleVerdict();

                    state._fsp--;


                    			current = this_Verdict_3;
                    			afterParserOrEnumRuleCall();
                    		

                    }
                    break;

            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleBehaviour"


    // $ANTLR start "entryRuleAlarm"
    // InternalTwin.g:2590:1: entryRuleAlarm returns [EObject current=null] : iv_ruleAlarm= ruleAlarm EOF ;
    public final EObject entryRuleAlarm() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleAlarm = null;


        try {
            // InternalTwin.g:2590:46: (iv_ruleAlarm= ruleAlarm EOF )
            // InternalTwin.g:2591:2: iv_ruleAlarm= ruleAlarm EOF
            {
             newCompositeNode(grammarAccess.getAlarmRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleAlarm=ruleAlarm();

            state._fsp--;

             current =iv_ruleAlarm; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleAlarm"


    // $ANTLR start "ruleAlarm"
    // InternalTwin.g:2597:1: ruleAlarm returns [EObject current=null] : (otherlv_0= 'alarm' ( (lv_name_1_0= RULE_ID ) ) otherlv_2= ':' ( ( ruleQualifiedName ) ) ( (lv_comparison_4_0= ruleComparison ) ) ( (lv_threshold_5_0= ruleMeasure ) ) ( (otherlv_6= ',' )? ( (lv_options_7_0= ruleAlarmOption ) ) )* ) ;
    public final EObject ruleAlarm() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Token lv_name_1_0=null;
        Token otherlv_2=null;
        Token otherlv_6=null;
        Enumerator lv_comparison_4_0 = null;

        EObject lv_threshold_5_0 = null;

        EObject lv_options_7_0 = null;



        	enterRule();

        try {
            // InternalTwin.g:2603:2: ( (otherlv_0= 'alarm' ( (lv_name_1_0= RULE_ID ) ) otherlv_2= ':' ( ( ruleQualifiedName ) ) ( (lv_comparison_4_0= ruleComparison ) ) ( (lv_threshold_5_0= ruleMeasure ) ) ( (otherlv_6= ',' )? ( (lv_options_7_0= ruleAlarmOption ) ) )* ) )
            // InternalTwin.g:2604:2: (otherlv_0= 'alarm' ( (lv_name_1_0= RULE_ID ) ) otherlv_2= ':' ( ( ruleQualifiedName ) ) ( (lv_comparison_4_0= ruleComparison ) ) ( (lv_threshold_5_0= ruleMeasure ) ) ( (otherlv_6= ',' )? ( (lv_options_7_0= ruleAlarmOption ) ) )* )
            {
            // InternalTwin.g:2604:2: (otherlv_0= 'alarm' ( (lv_name_1_0= RULE_ID ) ) otherlv_2= ':' ( ( ruleQualifiedName ) ) ( (lv_comparison_4_0= ruleComparison ) ) ( (lv_threshold_5_0= ruleMeasure ) ) ( (otherlv_6= ',' )? ( (lv_options_7_0= ruleAlarmOption ) ) )* )
            // InternalTwin.g:2605:3: otherlv_0= 'alarm' ( (lv_name_1_0= RULE_ID ) ) otherlv_2= ':' ( ( ruleQualifiedName ) ) ( (lv_comparison_4_0= ruleComparison ) ) ( (lv_threshold_5_0= ruleMeasure ) ) ( (otherlv_6= ',' )? ( (lv_options_7_0= ruleAlarmOption ) ) )*
            {
            otherlv_0=(Token)match(input,59,FOLLOW_3); 

            			newLeafNode(otherlv_0, grammarAccess.getAlarmAccess().getAlarmKeyword_0());
            		
            // InternalTwin.g:2609:3: ( (lv_name_1_0= RULE_ID ) )
            // InternalTwin.g:2610:4: (lv_name_1_0= RULE_ID )
            {
            // InternalTwin.g:2610:4: (lv_name_1_0= RULE_ID )
            // InternalTwin.g:2611:5: lv_name_1_0= RULE_ID
            {
            lv_name_1_0=(Token)match(input,RULE_ID,FOLLOW_38); 

            					newLeafNode(lv_name_1_0, grammarAccess.getAlarmAccess().getNameIDTerminalRuleCall_1_0());
            				

            					if (current==null) {
            						current = createModelElement(grammarAccess.getAlarmRule());
            					}
            					setWithLastConsumed(
            						current,
            						"name",
            						lv_name_1_0,
            						"org.fieldbridge.dsl.Twin.ID");
            				

            }


            }

            otherlv_2=(Token)match(input,42,FOLLOW_3); 

            			newLeafNode(otherlv_2, grammarAccess.getAlarmAccess().getColonKeyword_2());
            		
            // InternalTwin.g:2631:3: ( ( ruleQualifiedName ) )
            // InternalTwin.g:2632:4: ( ruleQualifiedName )
            {
            // InternalTwin.g:2632:4: ( ruleQualifiedName )
            // InternalTwin.g:2633:5: ruleQualifiedName
            {

            					if (current==null) {
            						current = createModelElement(grammarAccess.getAlarmRule());
            					}
            				

            					newCompositeNode(grammarAccess.getAlarmAccess().getSignalSignalCrossReference_3_0());
            				
            pushFollow(FOLLOW_53);
            ruleQualifiedName();

            state._fsp--;


            					afterParserOrEnumRuleCall();
            				

            }


            }

            // InternalTwin.g:2647:3: ( (lv_comparison_4_0= ruleComparison ) )
            // InternalTwin.g:2648:4: (lv_comparison_4_0= ruleComparison )
            {
            // InternalTwin.g:2648:4: (lv_comparison_4_0= ruleComparison )
            // InternalTwin.g:2649:5: lv_comparison_4_0= ruleComparison
            {

            					newCompositeNode(grammarAccess.getAlarmAccess().getComparisonComparisonEnumRuleCall_4_0());
            				
            pushFollow(FOLLOW_42);
            lv_comparison_4_0=ruleComparison();

            state._fsp--;


            					if (current==null) {
            						current = createModelElementForParent(grammarAccess.getAlarmRule());
            					}
            					set(
            						current,
            						"comparison",
            						lv_comparison_4_0,
            						"org.fieldbridge.dsl.Twin.Comparison");
            					afterParserOrEnumRuleCall();
            				

            }


            }

            // InternalTwin.g:2666:3: ( (lv_threshold_5_0= ruleMeasure ) )
            // InternalTwin.g:2667:4: (lv_threshold_5_0= ruleMeasure )
            {
            // InternalTwin.g:2667:4: (lv_threshold_5_0= ruleMeasure )
            // InternalTwin.g:2668:5: lv_threshold_5_0= ruleMeasure
            {

            					newCompositeNode(grammarAccess.getAlarmAccess().getThresholdMeasureParserRuleCall_5_0());
            				
            pushFollow(FOLLOW_54);
            lv_threshold_5_0=ruleMeasure();

            state._fsp--;


            					if (current==null) {
            						current = createModelElementForParent(grammarAccess.getAlarmRule());
            					}
            					set(
            						current,
            						"threshold",
            						lv_threshold_5_0,
            						"org.fieldbridge.dsl.Twin.Measure");
            					afterParserOrEnumRuleCall();
            				

            }


            }

            // InternalTwin.g:2685:3: ( (otherlv_6= ',' )? ( (lv_options_7_0= ruleAlarmOption ) ) )*
            loop37:
            do {
                int alt37=2;
                int LA37_0 = input.LA(1);

                if ( (LA37_0==19||(LA37_0>=60 && LA37_0<=62)) ) {
                    alt37=1;
                }


                switch (alt37) {
            	case 1 :
            	    // InternalTwin.g:2686:4: (otherlv_6= ',' )? ( (lv_options_7_0= ruleAlarmOption ) )
            	    {
            	    // InternalTwin.g:2686:4: (otherlv_6= ',' )?
            	    int alt36=2;
            	    int LA36_0 = input.LA(1);

            	    if ( (LA36_0==19) ) {
            	        alt36=1;
            	    }
            	    switch (alt36) {
            	        case 1 :
            	            // InternalTwin.g:2687:5: otherlv_6= ','
            	            {
            	            otherlv_6=(Token)match(input,19,FOLLOW_55); 

            	            					newLeafNode(otherlv_6, grammarAccess.getAlarmAccess().getCommaKeyword_6_0());
            	            				

            	            }
            	            break;

            	    }

            	    // InternalTwin.g:2692:4: ( (lv_options_7_0= ruleAlarmOption ) )
            	    // InternalTwin.g:2693:5: (lv_options_7_0= ruleAlarmOption )
            	    {
            	    // InternalTwin.g:2693:5: (lv_options_7_0= ruleAlarmOption )
            	    // InternalTwin.g:2694:6: lv_options_7_0= ruleAlarmOption
            	    {

            	    						newCompositeNode(grammarAccess.getAlarmAccess().getOptionsAlarmOptionParserRuleCall_6_1_0());
            	    					
            	    pushFollow(FOLLOW_54);
            	    lv_options_7_0=ruleAlarmOption();

            	    state._fsp--;


            	    						if (current==null) {
            	    							current = createModelElementForParent(grammarAccess.getAlarmRule());
            	    						}
            	    						add(
            	    							current,
            	    							"options",
            	    							lv_options_7_0,
            	    							"org.fieldbridge.dsl.Twin.AlarmOption");
            	    						afterParserOrEnumRuleCall();
            	    					

            	    }


            	    }


            	    }
            	    break;

            	default :
            	    break loop37;
                }
            } while (true);


            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleAlarm"


    // $ANTLR start "entryRuleAlarmOption"
    // InternalTwin.g:2716:1: entryRuleAlarmOption returns [EObject current=null] : iv_ruleAlarmOption= ruleAlarmOption EOF ;
    public final EObject entryRuleAlarmOption() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleAlarmOption = null;


        try {
            // InternalTwin.g:2716:52: (iv_ruleAlarmOption= ruleAlarmOption EOF )
            // InternalTwin.g:2717:2: iv_ruleAlarmOption= ruleAlarmOption EOF
            {
             newCompositeNode(grammarAccess.getAlarmOptionRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleAlarmOption=ruleAlarmOption();

            state._fsp--;

             current =iv_ruleAlarmOption; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleAlarmOption"


    // $ANTLR start "ruleAlarmOption"
    // InternalTwin.g:2723:1: ruleAlarmOption returns [EObject current=null] : ( ( () otherlv_1= 'for' ( (lv_dwell_2_0= ruleDuration ) ) ) | ( () otherlv_4= 'clear' ( (lv_direction_5_0= ruleClearDirection ) ) ( (lv_level_6_0= ruleMeasure ) ) ) | ( () otherlv_8= 'severity' ( (lv_severity_9_0= RULE_INT ) ) ) ) ;
    public final EObject ruleAlarmOption() throws RecognitionException {
        EObject current = null;

        Token otherlv_1=null;
        Token otherlv_4=null;
        Token otherlv_8=null;
        Token lv_severity_9_0=null;
        EObject lv_dwell_2_0 = null;

        Enumerator lv_direction_5_0 = null;

        EObject lv_level_6_0 = null;



        	enterRule();

        try {
            // InternalTwin.g:2729:2: ( ( ( () otherlv_1= 'for' ( (lv_dwell_2_0= ruleDuration ) ) ) | ( () otherlv_4= 'clear' ( (lv_direction_5_0= ruleClearDirection ) ) ( (lv_level_6_0= ruleMeasure ) ) ) | ( () otherlv_8= 'severity' ( (lv_severity_9_0= RULE_INT ) ) ) ) )
            // InternalTwin.g:2730:2: ( ( () otherlv_1= 'for' ( (lv_dwell_2_0= ruleDuration ) ) ) | ( () otherlv_4= 'clear' ( (lv_direction_5_0= ruleClearDirection ) ) ( (lv_level_6_0= ruleMeasure ) ) ) | ( () otherlv_8= 'severity' ( (lv_severity_9_0= RULE_INT ) ) ) )
            {
            // InternalTwin.g:2730:2: ( ( () otherlv_1= 'for' ( (lv_dwell_2_0= ruleDuration ) ) ) | ( () otherlv_4= 'clear' ( (lv_direction_5_0= ruleClearDirection ) ) ( (lv_level_6_0= ruleMeasure ) ) ) | ( () otherlv_8= 'severity' ( (lv_severity_9_0= RULE_INT ) ) ) )
            int alt38=3;
            switch ( input.LA(1) ) {
            case 60:
                {
                alt38=1;
                }
                break;
            case 61:
                {
                alt38=2;
                }
                break;
            case 62:
                {
                alt38=3;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 38, 0, input);

                throw nvae;
            }

            switch (alt38) {
                case 1 :
                    // InternalTwin.g:2731:3: ( () otherlv_1= 'for' ( (lv_dwell_2_0= ruleDuration ) ) )
                    {
                    // InternalTwin.g:2731:3: ( () otherlv_1= 'for' ( (lv_dwell_2_0= ruleDuration ) ) )
                    // InternalTwin.g:2732:4: () otherlv_1= 'for' ( (lv_dwell_2_0= ruleDuration ) )
                    {
                    // InternalTwin.g:2732:4: ()
                    // InternalTwin.g:2733:5: 
                    {

                    					current = forceCreateModelElement(
                    						grammarAccess.getAlarmOptionAccess().getDwellOptionAction_0_0(),
                    						current);
                    				

                    }

                    otherlv_1=(Token)match(input,60,FOLLOW_11); 

                    				newLeafNode(otherlv_1, grammarAccess.getAlarmOptionAccess().getForKeyword_0_1());
                    			
                    // InternalTwin.g:2743:4: ( (lv_dwell_2_0= ruleDuration ) )
                    // InternalTwin.g:2744:5: (lv_dwell_2_0= ruleDuration )
                    {
                    // InternalTwin.g:2744:5: (lv_dwell_2_0= ruleDuration )
                    // InternalTwin.g:2745:6: lv_dwell_2_0= ruleDuration
                    {

                    						newCompositeNode(grammarAccess.getAlarmOptionAccess().getDwellDurationParserRuleCall_0_2_0());
                    					
                    pushFollow(FOLLOW_2);
                    lv_dwell_2_0=ruleDuration();

                    state._fsp--;


                    						if (current==null) {
                    							current = createModelElementForParent(grammarAccess.getAlarmOptionRule());
                    						}
                    						set(
                    							current,
                    							"dwell",
                    							lv_dwell_2_0,
                    							"org.fieldbridge.dsl.Twin.Duration");
                    						afterParserOrEnumRuleCall();
                    					

                    }


                    }


                    }


                    }
                    break;
                case 2 :
                    // InternalTwin.g:2764:3: ( () otherlv_4= 'clear' ( (lv_direction_5_0= ruleClearDirection ) ) ( (lv_level_6_0= ruleMeasure ) ) )
                    {
                    // InternalTwin.g:2764:3: ( () otherlv_4= 'clear' ( (lv_direction_5_0= ruleClearDirection ) ) ( (lv_level_6_0= ruleMeasure ) ) )
                    // InternalTwin.g:2765:4: () otherlv_4= 'clear' ( (lv_direction_5_0= ruleClearDirection ) ) ( (lv_level_6_0= ruleMeasure ) )
                    {
                    // InternalTwin.g:2765:4: ()
                    // InternalTwin.g:2766:5: 
                    {

                    					current = forceCreateModelElement(
                    						grammarAccess.getAlarmOptionAccess().getClearOptionAction_1_0(),
                    						current);
                    				

                    }

                    otherlv_4=(Token)match(input,61,FOLLOW_56); 

                    				newLeafNode(otherlv_4, grammarAccess.getAlarmOptionAccess().getClearKeyword_1_1());
                    			
                    // InternalTwin.g:2776:4: ( (lv_direction_5_0= ruleClearDirection ) )
                    // InternalTwin.g:2777:5: (lv_direction_5_0= ruleClearDirection )
                    {
                    // InternalTwin.g:2777:5: (lv_direction_5_0= ruleClearDirection )
                    // InternalTwin.g:2778:6: lv_direction_5_0= ruleClearDirection
                    {

                    						newCompositeNode(grammarAccess.getAlarmOptionAccess().getDirectionClearDirectionEnumRuleCall_1_2_0());
                    					
                    pushFollow(FOLLOW_42);
                    lv_direction_5_0=ruleClearDirection();

                    state._fsp--;


                    						if (current==null) {
                    							current = createModelElementForParent(grammarAccess.getAlarmOptionRule());
                    						}
                    						set(
                    							current,
                    							"direction",
                    							lv_direction_5_0,
                    							"org.fieldbridge.dsl.Twin.ClearDirection");
                    						afterParserOrEnumRuleCall();
                    					

                    }


                    }

                    // InternalTwin.g:2795:4: ( (lv_level_6_0= ruleMeasure ) )
                    // InternalTwin.g:2796:5: (lv_level_6_0= ruleMeasure )
                    {
                    // InternalTwin.g:2796:5: (lv_level_6_0= ruleMeasure )
                    // InternalTwin.g:2797:6: lv_level_6_0= ruleMeasure
                    {

                    						newCompositeNode(grammarAccess.getAlarmOptionAccess().getLevelMeasureParserRuleCall_1_3_0());
                    					
                    pushFollow(FOLLOW_2);
                    lv_level_6_0=ruleMeasure();

                    state._fsp--;


                    						if (current==null) {
                    							current = createModelElementForParent(grammarAccess.getAlarmOptionRule());
                    						}
                    						set(
                    							current,
                    							"level",
                    							lv_level_6_0,
                    							"org.fieldbridge.dsl.Twin.Measure");
                    						afterParserOrEnumRuleCall();
                    					

                    }


                    }


                    }


                    }
                    break;
                case 3 :
                    // InternalTwin.g:2816:3: ( () otherlv_8= 'severity' ( (lv_severity_9_0= RULE_INT ) ) )
                    {
                    // InternalTwin.g:2816:3: ( () otherlv_8= 'severity' ( (lv_severity_9_0= RULE_INT ) ) )
                    // InternalTwin.g:2817:4: () otherlv_8= 'severity' ( (lv_severity_9_0= RULE_INT ) )
                    {
                    // InternalTwin.g:2817:4: ()
                    // InternalTwin.g:2818:5: 
                    {

                    					current = forceCreateModelElement(
                    						grammarAccess.getAlarmOptionAccess().getSeverityOptionAction_2_0(),
                    						current);
                    				

                    }

                    otherlv_8=(Token)match(input,62,FOLLOW_11); 

                    				newLeafNode(otherlv_8, grammarAccess.getAlarmOptionAccess().getSeverityKeyword_2_1());
                    			
                    // InternalTwin.g:2828:4: ( (lv_severity_9_0= RULE_INT ) )
                    // InternalTwin.g:2829:5: (lv_severity_9_0= RULE_INT )
                    {
                    // InternalTwin.g:2829:5: (lv_severity_9_0= RULE_INT )
                    // InternalTwin.g:2830:6: lv_severity_9_0= RULE_INT
                    {
                    lv_severity_9_0=(Token)match(input,RULE_INT,FOLLOW_2); 

                    						newLeafNode(lv_severity_9_0, grammarAccess.getAlarmOptionAccess().getSeverityINTTerminalRuleCall_2_2_0());
                    					

                    						if (current==null) {
                    							current = createModelElement(grammarAccess.getAlarmOptionRule());
                    						}
                    						setWithLastConsumed(
                    							current,
                    							"severity",
                    							lv_severity_9_0,
                    							"org.fieldbridge.dsl.Twin.INT");
                    					

                    }


                    }


                    }


                    }
                    break;

            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleAlarmOption"


    // $ANTLR start "entryRuleOvershoot"
    // InternalTwin.g:2851:1: entryRuleOvershoot returns [EObject current=null] : iv_ruleOvershoot= ruleOvershoot EOF ;
    public final EObject entryRuleOvershoot() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleOvershoot = null;


        try {
            // InternalTwin.g:2851:50: (iv_ruleOvershoot= ruleOvershoot EOF )
            // InternalTwin.g:2852:2: iv_ruleOvershoot= ruleOvershoot EOF
            {
             newCompositeNode(grammarAccess.getOvershootRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleOvershoot=ruleOvershoot();

            state._fsp--;

             current =iv_ruleOvershoot; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleOvershoot"


    // $ANTLR start "ruleOvershoot"
    // InternalTwin.g:2858:1: ruleOvershoot returns [EObject current=null] : (otherlv_0= 'overshoot' ( (lv_name_1_0= RULE_ID ) ) otherlv_2= ':' ( ( ruleQualifiedName ) ) otherlv_4= 'above' ( ( ruleQualifiedName ) ) otherlv_6= 'by' ( (lv_limit_7_0= ruleMeasure ) ) ) ;
    public final EObject ruleOvershoot() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Token lv_name_1_0=null;
        Token otherlv_2=null;
        Token otherlv_4=null;
        Token otherlv_6=null;
        EObject lv_limit_7_0 = null;



        	enterRule();

        try {
            // InternalTwin.g:2864:2: ( (otherlv_0= 'overshoot' ( (lv_name_1_0= RULE_ID ) ) otherlv_2= ':' ( ( ruleQualifiedName ) ) otherlv_4= 'above' ( ( ruleQualifiedName ) ) otherlv_6= 'by' ( (lv_limit_7_0= ruleMeasure ) ) ) )
            // InternalTwin.g:2865:2: (otherlv_0= 'overshoot' ( (lv_name_1_0= RULE_ID ) ) otherlv_2= ':' ( ( ruleQualifiedName ) ) otherlv_4= 'above' ( ( ruleQualifiedName ) ) otherlv_6= 'by' ( (lv_limit_7_0= ruleMeasure ) ) )
            {
            // InternalTwin.g:2865:2: (otherlv_0= 'overshoot' ( (lv_name_1_0= RULE_ID ) ) otherlv_2= ':' ( ( ruleQualifiedName ) ) otherlv_4= 'above' ( ( ruleQualifiedName ) ) otherlv_6= 'by' ( (lv_limit_7_0= ruleMeasure ) ) )
            // InternalTwin.g:2866:3: otherlv_0= 'overshoot' ( (lv_name_1_0= RULE_ID ) ) otherlv_2= ':' ( ( ruleQualifiedName ) ) otherlv_4= 'above' ( ( ruleQualifiedName ) ) otherlv_6= 'by' ( (lv_limit_7_0= ruleMeasure ) )
            {
            otherlv_0=(Token)match(input,63,FOLLOW_3); 

            			newLeafNode(otherlv_0, grammarAccess.getOvershootAccess().getOvershootKeyword_0());
            		
            // InternalTwin.g:2870:3: ( (lv_name_1_0= RULE_ID ) )
            // InternalTwin.g:2871:4: (lv_name_1_0= RULE_ID )
            {
            // InternalTwin.g:2871:4: (lv_name_1_0= RULE_ID )
            // InternalTwin.g:2872:5: lv_name_1_0= RULE_ID
            {
            lv_name_1_0=(Token)match(input,RULE_ID,FOLLOW_38); 

            					newLeafNode(lv_name_1_0, grammarAccess.getOvershootAccess().getNameIDTerminalRuleCall_1_0());
            				

            					if (current==null) {
            						current = createModelElement(grammarAccess.getOvershootRule());
            					}
            					setWithLastConsumed(
            						current,
            						"name",
            						lv_name_1_0,
            						"org.fieldbridge.dsl.Twin.ID");
            				

            }


            }

            otherlv_2=(Token)match(input,42,FOLLOW_3); 

            			newLeafNode(otherlv_2, grammarAccess.getOvershootAccess().getColonKeyword_2());
            		
            // InternalTwin.g:2892:3: ( ( ruleQualifiedName ) )
            // InternalTwin.g:2893:4: ( ruleQualifiedName )
            {
            // InternalTwin.g:2893:4: ( ruleQualifiedName )
            // InternalTwin.g:2894:5: ruleQualifiedName
            {

            					if (current==null) {
            						current = createModelElement(grammarAccess.getOvershootRule());
            					}
            				

            					newCompositeNode(grammarAccess.getOvershootAccess().getSignalSignalCrossReference_3_0());
            				
            pushFollow(FOLLOW_57);
            ruleQualifiedName();

            state._fsp--;


            					afterParserOrEnumRuleCall();
            				

            }


            }

            otherlv_4=(Token)match(input,64,FOLLOW_3); 

            			newLeafNode(otherlv_4, grammarAccess.getOvershootAccess().getAboveKeyword_4());
            		
            // InternalTwin.g:2912:3: ( ( ruleQualifiedName ) )
            // InternalTwin.g:2913:4: ( ruleQualifiedName )
            {
            // InternalTwin.g:2913:4: ( ruleQualifiedName )
            // InternalTwin.g:2914:5: ruleQualifiedName
            {

            					if (current==null) {
            						current = createModelElement(grammarAccess.getOvershootRule());
            					}
            				

            					newCompositeNode(grammarAccess.getOvershootAccess().getSetpointSignalCrossReference_5_0());
            				
            pushFollow(FOLLOW_58);
            ruleQualifiedName();

            state._fsp--;


            					afterParserOrEnumRuleCall();
            				

            }


            }

            otherlv_6=(Token)match(input,65,FOLLOW_42); 

            			newLeafNode(otherlv_6, grammarAccess.getOvershootAccess().getByKeyword_6());
            		
            // InternalTwin.g:2932:3: ( (lv_limit_7_0= ruleMeasure ) )
            // InternalTwin.g:2933:4: (lv_limit_7_0= ruleMeasure )
            {
            // InternalTwin.g:2933:4: (lv_limit_7_0= ruleMeasure )
            // InternalTwin.g:2934:5: lv_limit_7_0= ruleMeasure
            {

            					newCompositeNode(grammarAccess.getOvershootAccess().getLimitMeasureParserRuleCall_7_0());
            				
            pushFollow(FOLLOW_2);
            lv_limit_7_0=ruleMeasure();

            state._fsp--;


            					if (current==null) {
            						current = createModelElementForParent(grammarAccess.getOvershootRule());
            					}
            					set(
            						current,
            						"limit",
            						lv_limit_7_0,
            						"org.fieldbridge.dsl.Twin.Measure");
            					afterParserOrEnumRuleCall();
            				

            }


            }


            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleOvershoot"


    // $ANTLR start "entryRuleEnergy"
    // InternalTwin.g:2955:1: entryRuleEnergy returns [EObject current=null] : iv_ruleEnergy= ruleEnergy EOF ;
    public final EObject entryRuleEnergy() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleEnergy = null;


        try {
            // InternalTwin.g:2955:47: (iv_ruleEnergy= ruleEnergy EOF )
            // InternalTwin.g:2956:2: iv_ruleEnergy= ruleEnergy EOF
            {
             newCompositeNode(grammarAccess.getEnergyRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleEnergy=ruleEnergy();

            state._fsp--;

             current =iv_ruleEnergy; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleEnergy"


    // $ANTLR start "ruleEnergy"
    // InternalTwin.g:2962:1: ruleEnergy returns [EObject current=null] : (otherlv_0= 'energy' ( (lv_name_1_0= RULE_ID ) ) otherlv_2= ':' otherlv_3= 'integrate' ( ( ruleQualifiedName ) ) otherlv_5= 'per' ( ( ruleQualifiedName ) ) ) ;
    public final EObject ruleEnergy() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Token lv_name_1_0=null;
        Token otherlv_2=null;
        Token otherlv_3=null;
        Token otherlv_5=null;


        	enterRule();

        try {
            // InternalTwin.g:2968:2: ( (otherlv_0= 'energy' ( (lv_name_1_0= RULE_ID ) ) otherlv_2= ':' otherlv_3= 'integrate' ( ( ruleQualifiedName ) ) otherlv_5= 'per' ( ( ruleQualifiedName ) ) ) )
            // InternalTwin.g:2969:2: (otherlv_0= 'energy' ( (lv_name_1_0= RULE_ID ) ) otherlv_2= ':' otherlv_3= 'integrate' ( ( ruleQualifiedName ) ) otherlv_5= 'per' ( ( ruleQualifiedName ) ) )
            {
            // InternalTwin.g:2969:2: (otherlv_0= 'energy' ( (lv_name_1_0= RULE_ID ) ) otherlv_2= ':' otherlv_3= 'integrate' ( ( ruleQualifiedName ) ) otherlv_5= 'per' ( ( ruleQualifiedName ) ) )
            // InternalTwin.g:2970:3: otherlv_0= 'energy' ( (lv_name_1_0= RULE_ID ) ) otherlv_2= ':' otherlv_3= 'integrate' ( ( ruleQualifiedName ) ) otherlv_5= 'per' ( ( ruleQualifiedName ) )
            {
            otherlv_0=(Token)match(input,66,FOLLOW_3); 

            			newLeafNode(otherlv_0, grammarAccess.getEnergyAccess().getEnergyKeyword_0());
            		
            // InternalTwin.g:2974:3: ( (lv_name_1_0= RULE_ID ) )
            // InternalTwin.g:2975:4: (lv_name_1_0= RULE_ID )
            {
            // InternalTwin.g:2975:4: (lv_name_1_0= RULE_ID )
            // InternalTwin.g:2976:5: lv_name_1_0= RULE_ID
            {
            lv_name_1_0=(Token)match(input,RULE_ID,FOLLOW_38); 

            					newLeafNode(lv_name_1_0, grammarAccess.getEnergyAccess().getNameIDTerminalRuleCall_1_0());
            				

            					if (current==null) {
            						current = createModelElement(grammarAccess.getEnergyRule());
            					}
            					setWithLastConsumed(
            						current,
            						"name",
            						lv_name_1_0,
            						"org.fieldbridge.dsl.Twin.ID");
            				

            }


            }

            otherlv_2=(Token)match(input,42,FOLLOW_59); 

            			newLeafNode(otherlv_2, grammarAccess.getEnergyAccess().getColonKeyword_2());
            		
            otherlv_3=(Token)match(input,67,FOLLOW_3); 

            			newLeafNode(otherlv_3, grammarAccess.getEnergyAccess().getIntegrateKeyword_3());
            		
            // InternalTwin.g:3000:3: ( ( ruleQualifiedName ) )
            // InternalTwin.g:3001:4: ( ruleQualifiedName )
            {
            // InternalTwin.g:3001:4: ( ruleQualifiedName )
            // InternalTwin.g:3002:5: ruleQualifiedName
            {

            					if (current==null) {
            						current = createModelElement(grammarAccess.getEnergyRule());
            					}
            				

            					newCompositeNode(grammarAccess.getEnergyAccess().getSignalSignalCrossReference_4_0());
            				
            pushFollow(FOLLOW_60);
            ruleQualifiedName();

            state._fsp--;


            					afterParserOrEnumRuleCall();
            				

            }


            }

            otherlv_5=(Token)match(input,68,FOLLOW_3); 

            			newLeafNode(otherlv_5, grammarAccess.getEnergyAccess().getPerKeyword_5());
            		
            // InternalTwin.g:3020:3: ( ( ruleQualifiedName ) )
            // InternalTwin.g:3021:4: ( ruleQualifiedName )
            {
            // InternalTwin.g:3021:4: ( ruleQualifiedName )
            // InternalTwin.g:3022:5: ruleQualifiedName
            {

            					if (current==null) {
            						current = createModelElement(grammarAccess.getEnergyRule());
            					}
            				

            					newCompositeNode(grammarAccess.getEnergyAccess().getBatchSignalCrossReference_6_0());
            				
            pushFollow(FOLLOW_2);
            ruleQualifiedName();

            state._fsp--;


            					afterParserOrEnumRuleCall();
            				

            }


            }


            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleEnergy"


    // $ANTLR start "entryRuleVerdict"
    // InternalTwin.g:3040:1: entryRuleVerdict returns [EObject current=null] : iv_ruleVerdict= ruleVerdict EOF ;
    public final EObject entryRuleVerdict() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleVerdict = null;


        try {
            // InternalTwin.g:3040:48: (iv_ruleVerdict= ruleVerdict EOF )
            // InternalTwin.g:3041:2: iv_ruleVerdict= ruleVerdict EOF
            {
             newCompositeNode(grammarAccess.getVerdictRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleVerdict=ruleVerdict();

            state._fsp--;

             current =iv_ruleVerdict; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleVerdict"


    // $ANTLR start "ruleVerdict"
    // InternalTwin.g:3047:1: ruleVerdict returns [EObject current=null] : (otherlv_0= 'verdict' ( (lv_name_1_0= RULE_ID ) ) otherlv_2= ':' ( ( ruleQualifiedName ) ) otherlv_4= 'within' ( (lv_minimum_5_0= ruleNumber ) ) otherlv_6= '..' ( (lv_maximum_7_0= ruleNumber ) ) ( (lv_unit_8_0= ruleUnitName ) )? ) ;
    public final EObject ruleVerdict() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Token lv_name_1_0=null;
        Token otherlv_2=null;
        Token otherlv_4=null;
        Token otherlv_6=null;
        AntlrDatatypeRuleToken lv_minimum_5_0 = null;

        AntlrDatatypeRuleToken lv_maximum_7_0 = null;

        AntlrDatatypeRuleToken lv_unit_8_0 = null;



        	enterRule();

        try {
            // InternalTwin.g:3053:2: ( (otherlv_0= 'verdict' ( (lv_name_1_0= RULE_ID ) ) otherlv_2= ':' ( ( ruleQualifiedName ) ) otherlv_4= 'within' ( (lv_minimum_5_0= ruleNumber ) ) otherlv_6= '..' ( (lv_maximum_7_0= ruleNumber ) ) ( (lv_unit_8_0= ruleUnitName ) )? ) )
            // InternalTwin.g:3054:2: (otherlv_0= 'verdict' ( (lv_name_1_0= RULE_ID ) ) otherlv_2= ':' ( ( ruleQualifiedName ) ) otherlv_4= 'within' ( (lv_minimum_5_0= ruleNumber ) ) otherlv_6= '..' ( (lv_maximum_7_0= ruleNumber ) ) ( (lv_unit_8_0= ruleUnitName ) )? )
            {
            // InternalTwin.g:3054:2: (otherlv_0= 'verdict' ( (lv_name_1_0= RULE_ID ) ) otherlv_2= ':' ( ( ruleQualifiedName ) ) otherlv_4= 'within' ( (lv_minimum_5_0= ruleNumber ) ) otherlv_6= '..' ( (lv_maximum_7_0= ruleNumber ) ) ( (lv_unit_8_0= ruleUnitName ) )? )
            // InternalTwin.g:3055:3: otherlv_0= 'verdict' ( (lv_name_1_0= RULE_ID ) ) otherlv_2= ':' ( ( ruleQualifiedName ) ) otherlv_4= 'within' ( (lv_minimum_5_0= ruleNumber ) ) otherlv_6= '..' ( (lv_maximum_7_0= ruleNumber ) ) ( (lv_unit_8_0= ruleUnitName ) )?
            {
            otherlv_0=(Token)match(input,69,FOLLOW_3); 

            			newLeafNode(otherlv_0, grammarAccess.getVerdictAccess().getVerdictKeyword_0());
            		
            // InternalTwin.g:3059:3: ( (lv_name_1_0= RULE_ID ) )
            // InternalTwin.g:3060:4: (lv_name_1_0= RULE_ID )
            {
            // InternalTwin.g:3060:4: (lv_name_1_0= RULE_ID )
            // InternalTwin.g:3061:5: lv_name_1_0= RULE_ID
            {
            lv_name_1_0=(Token)match(input,RULE_ID,FOLLOW_38); 

            					newLeafNode(lv_name_1_0, grammarAccess.getVerdictAccess().getNameIDTerminalRuleCall_1_0());
            				

            					if (current==null) {
            						current = createModelElement(grammarAccess.getVerdictRule());
            					}
            					setWithLastConsumed(
            						current,
            						"name",
            						lv_name_1_0,
            						"org.fieldbridge.dsl.Twin.ID");
            				

            }


            }

            otherlv_2=(Token)match(input,42,FOLLOW_3); 

            			newLeafNode(otherlv_2, grammarAccess.getVerdictAccess().getColonKeyword_2());
            		
            // InternalTwin.g:3081:3: ( ( ruleQualifiedName ) )
            // InternalTwin.g:3082:4: ( ruleQualifiedName )
            {
            // InternalTwin.g:3082:4: ( ruleQualifiedName )
            // InternalTwin.g:3083:5: ruleQualifiedName
            {

            					if (current==null) {
            						current = createModelElement(grammarAccess.getVerdictRule());
            					}
            				

            					newCompositeNode(grammarAccess.getVerdictAccess().getSignalSignalCrossReference_3_0());
            				
            pushFollow(FOLLOW_61);
            ruleQualifiedName();

            state._fsp--;


            					afterParserOrEnumRuleCall();
            				

            }


            }

            otherlv_4=(Token)match(input,70,FOLLOW_42); 

            			newLeafNode(otherlv_4, grammarAccess.getVerdictAccess().getWithinKeyword_4());
            		
            // InternalTwin.g:3101:3: ( (lv_minimum_5_0= ruleNumber ) )
            // InternalTwin.g:3102:4: (lv_minimum_5_0= ruleNumber )
            {
            // InternalTwin.g:3102:4: (lv_minimum_5_0= ruleNumber )
            // InternalTwin.g:3103:5: lv_minimum_5_0= ruleNumber
            {

            					newCompositeNode(grammarAccess.getVerdictAccess().getMinimumNumberParserRuleCall_5_0());
            				
            pushFollow(FOLLOW_44);
            lv_minimum_5_0=ruleNumber();

            state._fsp--;


            					if (current==null) {
            						current = createModelElementForParent(grammarAccess.getVerdictRule());
            					}
            					set(
            						current,
            						"minimum",
            						lv_minimum_5_0,
            						"org.fieldbridge.dsl.Twin.Number");
            					afterParserOrEnumRuleCall();
            				

            }


            }

            otherlv_6=(Token)match(input,50,FOLLOW_42); 

            			newLeafNode(otherlv_6, grammarAccess.getVerdictAccess().getFullStopFullStopKeyword_6());
            		
            // InternalTwin.g:3124:3: ( (lv_maximum_7_0= ruleNumber ) )
            // InternalTwin.g:3125:4: (lv_maximum_7_0= ruleNumber )
            {
            // InternalTwin.g:3125:4: (lv_maximum_7_0= ruleNumber )
            // InternalTwin.g:3126:5: lv_maximum_7_0= ruleNumber
            {

            					newCompositeNode(grammarAccess.getVerdictAccess().getMaximumNumberParserRuleCall_7_0());
            				
            pushFollow(FOLLOW_62);
            lv_maximum_7_0=ruleNumber();

            state._fsp--;


            					if (current==null) {
            						current = createModelElementForParent(grammarAccess.getVerdictRule());
            					}
            					set(
            						current,
            						"maximum",
            						lv_maximum_7_0,
            						"org.fieldbridge.dsl.Twin.Number");
            					afterParserOrEnumRuleCall();
            				

            }


            }

            // InternalTwin.g:3143:3: ( (lv_unit_8_0= ruleUnitName ) )?
            int alt39=2;
            int LA39_0 = input.LA(1);

            if ( ((LA39_0>=RULE_STRING && LA39_0<=RULE_ID)||(LA39_0>=71 && LA39_0<=74)) ) {
                alt39=1;
            }
            switch (alt39) {
                case 1 :
                    // InternalTwin.g:3144:4: (lv_unit_8_0= ruleUnitName )
                    {
                    // InternalTwin.g:3144:4: (lv_unit_8_0= ruleUnitName )
                    // InternalTwin.g:3145:5: lv_unit_8_0= ruleUnitName
                    {

                    					newCompositeNode(grammarAccess.getVerdictAccess().getUnitUnitNameParserRuleCall_8_0());
                    				
                    pushFollow(FOLLOW_2);
                    lv_unit_8_0=ruleUnitName();

                    state._fsp--;


                    					if (current==null) {
                    						current = createModelElementForParent(grammarAccess.getVerdictRule());
                    					}
                    					set(
                    						current,
                    						"unit",
                    						lv_unit_8_0,
                    						"org.fieldbridge.dsl.Twin.UnitName");
                    					afterParserOrEnumRuleCall();
                    				

                    }


                    }
                    break;

            }


            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleVerdict"


    // $ANTLR start "entryRuleMeasure"
    // InternalTwin.g:3166:1: entryRuleMeasure returns [EObject current=null] : iv_ruleMeasure= ruleMeasure EOF ;
    public final EObject entryRuleMeasure() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleMeasure = null;


        try {
            // InternalTwin.g:3166:48: (iv_ruleMeasure= ruleMeasure EOF )
            // InternalTwin.g:3167:2: iv_ruleMeasure= ruleMeasure EOF
            {
             newCompositeNode(grammarAccess.getMeasureRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleMeasure=ruleMeasure();

            state._fsp--;

             current =iv_ruleMeasure; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleMeasure"


    // $ANTLR start "ruleMeasure"
    // InternalTwin.g:3173:1: ruleMeasure returns [EObject current=null] : ( ( (lv_value_0_0= ruleNumber ) ) ( (lv_unit_1_0= ruleUnitName ) )? ) ;
    public final EObject ruleMeasure() throws RecognitionException {
        EObject current = null;

        AntlrDatatypeRuleToken lv_value_0_0 = null;

        AntlrDatatypeRuleToken lv_unit_1_0 = null;



        	enterRule();

        try {
            // InternalTwin.g:3179:2: ( ( ( (lv_value_0_0= ruleNumber ) ) ( (lv_unit_1_0= ruleUnitName ) )? ) )
            // InternalTwin.g:3180:2: ( ( (lv_value_0_0= ruleNumber ) ) ( (lv_unit_1_0= ruleUnitName ) )? )
            {
            // InternalTwin.g:3180:2: ( ( (lv_value_0_0= ruleNumber ) ) ( (lv_unit_1_0= ruleUnitName ) )? )
            // InternalTwin.g:3181:3: ( (lv_value_0_0= ruleNumber ) ) ( (lv_unit_1_0= ruleUnitName ) )?
            {
            // InternalTwin.g:3181:3: ( (lv_value_0_0= ruleNumber ) )
            // InternalTwin.g:3182:4: (lv_value_0_0= ruleNumber )
            {
            // InternalTwin.g:3182:4: (lv_value_0_0= ruleNumber )
            // InternalTwin.g:3183:5: lv_value_0_0= ruleNumber
            {

            					newCompositeNode(grammarAccess.getMeasureAccess().getValueNumberParserRuleCall_0_0());
            				
            pushFollow(FOLLOW_62);
            lv_value_0_0=ruleNumber();

            state._fsp--;


            					if (current==null) {
            						current = createModelElementForParent(grammarAccess.getMeasureRule());
            					}
            					set(
            						current,
            						"value",
            						lv_value_0_0,
            						"org.fieldbridge.dsl.Twin.Number");
            					afterParserOrEnumRuleCall();
            				

            }


            }

            // InternalTwin.g:3200:3: ( (lv_unit_1_0= ruleUnitName ) )?
            int alt40=2;
            int LA40_0 = input.LA(1);

            if ( ((LA40_0>=RULE_STRING && LA40_0<=RULE_ID)||(LA40_0>=71 && LA40_0<=74)) ) {
                alt40=1;
            }
            switch (alt40) {
                case 1 :
                    // InternalTwin.g:3201:4: (lv_unit_1_0= ruleUnitName )
                    {
                    // InternalTwin.g:3201:4: (lv_unit_1_0= ruleUnitName )
                    // InternalTwin.g:3202:5: lv_unit_1_0= ruleUnitName
                    {

                    					newCompositeNode(grammarAccess.getMeasureAccess().getUnitUnitNameParserRuleCall_1_0());
                    				
                    pushFollow(FOLLOW_2);
                    lv_unit_1_0=ruleUnitName();

                    state._fsp--;


                    					if (current==null) {
                    						current = createModelElementForParent(grammarAccess.getMeasureRule());
                    					}
                    					set(
                    						current,
                    						"unit",
                    						lv_unit_1_0,
                    						"org.fieldbridge.dsl.Twin.UnitName");
                    					afterParserOrEnumRuleCall();
                    				

                    }


                    }
                    break;

            }


            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleMeasure"


    // $ANTLR start "entryRuleDuration"
    // InternalTwin.g:3223:1: entryRuleDuration returns [EObject current=null] : iv_ruleDuration= ruleDuration EOF ;
    public final EObject entryRuleDuration() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleDuration = null;


        try {
            // InternalTwin.g:3223:49: (iv_ruleDuration= ruleDuration EOF )
            // InternalTwin.g:3224:2: iv_ruleDuration= ruleDuration EOF
            {
             newCompositeNode(grammarAccess.getDurationRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleDuration=ruleDuration();

            state._fsp--;

             current =iv_ruleDuration; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleDuration"


    // $ANTLR start "ruleDuration"
    // InternalTwin.g:3230:1: ruleDuration returns [EObject current=null] : ( ( (lv_value_0_0= RULE_INT ) ) ( (lv_unit_1_0= ruleTimeUnit ) ) ) ;
    public final EObject ruleDuration() throws RecognitionException {
        EObject current = null;

        Token lv_value_0_0=null;
        Enumerator lv_unit_1_0 = null;



        	enterRule();

        try {
            // InternalTwin.g:3236:2: ( ( ( (lv_value_0_0= RULE_INT ) ) ( (lv_unit_1_0= ruleTimeUnit ) ) ) )
            // InternalTwin.g:3237:2: ( ( (lv_value_0_0= RULE_INT ) ) ( (lv_unit_1_0= ruleTimeUnit ) ) )
            {
            // InternalTwin.g:3237:2: ( ( (lv_value_0_0= RULE_INT ) ) ( (lv_unit_1_0= ruleTimeUnit ) ) )
            // InternalTwin.g:3238:3: ( (lv_value_0_0= RULE_INT ) ) ( (lv_unit_1_0= ruleTimeUnit ) )
            {
            // InternalTwin.g:3238:3: ( (lv_value_0_0= RULE_INT ) )
            // InternalTwin.g:3239:4: (lv_value_0_0= RULE_INT )
            {
            // InternalTwin.g:3239:4: (lv_value_0_0= RULE_INT )
            // InternalTwin.g:3240:5: lv_value_0_0= RULE_INT
            {
            lv_value_0_0=(Token)match(input,RULE_INT,FOLLOW_63); 

            					newLeafNode(lv_value_0_0, grammarAccess.getDurationAccess().getValueINTTerminalRuleCall_0_0());
            				

            					if (current==null) {
            						current = createModelElement(grammarAccess.getDurationRule());
            					}
            					setWithLastConsumed(
            						current,
            						"value",
            						lv_value_0_0,
            						"org.fieldbridge.dsl.Twin.INT");
            				

            }


            }

            // InternalTwin.g:3256:3: ( (lv_unit_1_0= ruleTimeUnit ) )
            // InternalTwin.g:3257:4: (lv_unit_1_0= ruleTimeUnit )
            {
            // InternalTwin.g:3257:4: (lv_unit_1_0= ruleTimeUnit )
            // InternalTwin.g:3258:5: lv_unit_1_0= ruleTimeUnit
            {

            					newCompositeNode(grammarAccess.getDurationAccess().getUnitTimeUnitEnumRuleCall_1_0());
            				
            pushFollow(FOLLOW_2);
            lv_unit_1_0=ruleTimeUnit();

            state._fsp--;


            					if (current==null) {
            						current = createModelElementForParent(grammarAccess.getDurationRule());
            					}
            					set(
            						current,
            						"unit",
            						lv_unit_1_0,
            						"org.fieldbridge.dsl.Twin.TimeUnit");
            					afterParserOrEnumRuleCall();
            				

            }


            }


            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleDuration"


    // $ANTLR start "entryRuleUnitName"
    // InternalTwin.g:3279:1: entryRuleUnitName returns [String current=null] : iv_ruleUnitName= ruleUnitName EOF ;
    public final String entryRuleUnitName() throws RecognitionException {
        String current = null;

        AntlrDatatypeRuleToken iv_ruleUnitName = null;


        try {
            // InternalTwin.g:3279:48: (iv_ruleUnitName= ruleUnitName EOF )
            // InternalTwin.g:3280:2: iv_ruleUnitName= ruleUnitName EOF
            {
             newCompositeNode(grammarAccess.getUnitNameRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleUnitName=ruleUnitName();

            state._fsp--;

             current =iv_ruleUnitName.getText(); 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleUnitName"


    // $ANTLR start "ruleUnitName"
    // InternalTwin.g:3286:1: ruleUnitName returns [AntlrDatatypeRuleToken current=new AntlrDatatypeRuleToken()] : (this_ID_0= RULE_ID | this_STRING_1= RULE_STRING | kw= 'ms' | kw= 's' | kw= 'min' | kw= 'h' ) ;
    public final AntlrDatatypeRuleToken ruleUnitName() throws RecognitionException {
        AntlrDatatypeRuleToken current = new AntlrDatatypeRuleToken();

        Token this_ID_0=null;
        Token this_STRING_1=null;
        Token kw=null;


        	enterRule();

        try {
            // InternalTwin.g:3292:2: ( (this_ID_0= RULE_ID | this_STRING_1= RULE_STRING | kw= 'ms' | kw= 's' | kw= 'min' | kw= 'h' ) )
            // InternalTwin.g:3293:2: (this_ID_0= RULE_ID | this_STRING_1= RULE_STRING | kw= 'ms' | kw= 's' | kw= 'min' | kw= 'h' )
            {
            // InternalTwin.g:3293:2: (this_ID_0= RULE_ID | this_STRING_1= RULE_STRING | kw= 'ms' | kw= 's' | kw= 'min' | kw= 'h' )
            int alt41=6;
            switch ( input.LA(1) ) {
            case RULE_ID:
                {
                alt41=1;
                }
                break;
            case RULE_STRING:
                {
                alt41=2;
                }
                break;
            case 71:
                {
                alt41=3;
                }
                break;
            case 72:
                {
                alt41=4;
                }
                break;
            case 73:
                {
                alt41=5;
                }
                break;
            case 74:
                {
                alt41=6;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 41, 0, input);

                throw nvae;
            }

            switch (alt41) {
                case 1 :
                    // InternalTwin.g:3294:3: this_ID_0= RULE_ID
                    {
                    this_ID_0=(Token)match(input,RULE_ID,FOLLOW_2); 

                    			current.merge(this_ID_0);
                    		

                    			newLeafNode(this_ID_0, grammarAccess.getUnitNameAccess().getIDTerminalRuleCall_0());
                    		

                    }
                    break;
                case 2 :
                    // InternalTwin.g:3302:3: this_STRING_1= RULE_STRING
                    {
                    this_STRING_1=(Token)match(input,RULE_STRING,FOLLOW_2); 

                    			current.merge(this_STRING_1);
                    		

                    			newLeafNode(this_STRING_1, grammarAccess.getUnitNameAccess().getSTRINGTerminalRuleCall_1());
                    		

                    }
                    break;
                case 3 :
                    // InternalTwin.g:3310:3: kw= 'ms'
                    {
                    kw=(Token)match(input,71,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getUnitNameAccess().getMsKeyword_2());
                    		

                    }
                    break;
                case 4 :
                    // InternalTwin.g:3316:3: kw= 's'
                    {
                    kw=(Token)match(input,72,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getUnitNameAccess().getSKeyword_3());
                    		

                    }
                    break;
                case 5 :
                    // InternalTwin.g:3322:3: kw= 'min'
                    {
                    kw=(Token)match(input,73,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getUnitNameAccess().getMinKeyword_4());
                    		

                    }
                    break;
                case 6 :
                    // InternalTwin.g:3328:3: kw= 'h'
                    {
                    kw=(Token)match(input,74,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getUnitNameAccess().getHKeyword_5());
                    		

                    }
                    break;

            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleUnitName"


    // $ANTLR start "entryRuleNumber"
    // InternalTwin.g:3337:1: entryRuleNumber returns [String current=null] : iv_ruleNumber= ruleNumber EOF ;
    public final String entryRuleNumber() throws RecognitionException {
        String current = null;

        AntlrDatatypeRuleToken iv_ruleNumber = null;



        	HiddenTokens myHiddenTokenState = ((XtextTokenStream)input).setHiddenTokens();

        try {
            // InternalTwin.g:3339:2: (iv_ruleNumber= ruleNumber EOF )
            // InternalTwin.g:3340:2: iv_ruleNumber= ruleNumber EOF
            {
             newCompositeNode(grammarAccess.getNumberRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleNumber=ruleNumber();

            state._fsp--;

             current =iv_ruleNumber.getText(); 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {

            	myHiddenTokenState.restore();

        }
        return current;
    }
    // $ANTLR end "entryRuleNumber"


    // $ANTLR start "ruleNumber"
    // InternalTwin.g:3349:1: ruleNumber returns [AntlrDatatypeRuleToken current=new AntlrDatatypeRuleToken()] : ( (kw= '-' )? this_INT_1= RULE_INT (kw= '.' this_INT_3= RULE_INT )? ) ;
    public final AntlrDatatypeRuleToken ruleNumber() throws RecognitionException {
        AntlrDatatypeRuleToken current = new AntlrDatatypeRuleToken();

        Token kw=null;
        Token this_INT_1=null;
        Token this_INT_3=null;


        	enterRule();
        	HiddenTokens myHiddenTokenState = ((XtextTokenStream)input).setHiddenTokens();

        try {
            // InternalTwin.g:3356:2: ( ( (kw= '-' )? this_INT_1= RULE_INT (kw= '.' this_INT_3= RULE_INT )? ) )
            // InternalTwin.g:3357:2: ( (kw= '-' )? this_INT_1= RULE_INT (kw= '.' this_INT_3= RULE_INT )? )
            {
            // InternalTwin.g:3357:2: ( (kw= '-' )? this_INT_1= RULE_INT (kw= '.' this_INT_3= RULE_INT )? )
            // InternalTwin.g:3358:3: (kw= '-' )? this_INT_1= RULE_INT (kw= '.' this_INT_3= RULE_INT )?
            {
            // InternalTwin.g:3358:3: (kw= '-' )?
            int alt42=2;
            int LA42_0 = input.LA(1);

            if ( (LA42_0==75) ) {
                alt42=1;
            }
            switch (alt42) {
                case 1 :
                    // InternalTwin.g:3359:4: kw= '-'
                    {
                    kw=(Token)match(input,75,FOLLOW_11); 

                    				current.merge(kw);
                    				newLeafNode(kw, grammarAccess.getNumberAccess().getHyphenMinusKeyword_0());
                    			

                    }
                    break;

            }

            this_INT_1=(Token)match(input,RULE_INT,FOLLOW_64); 

            			current.merge(this_INT_1);
            		

            			newLeafNode(this_INT_1, grammarAccess.getNumberAccess().getINTTerminalRuleCall_1());
            		
            // InternalTwin.g:3372:3: (kw= '.' this_INT_3= RULE_INT )?
            int alt43=2;
            int LA43_0 = input.LA(1);

            if ( (LA43_0==57) ) {
                alt43=1;
            }
            switch (alt43) {
                case 1 :
                    // InternalTwin.g:3373:4: kw= '.' this_INT_3= RULE_INT
                    {
                    kw=(Token)match(input,57,FOLLOW_11); 

                    				current.merge(kw);
                    				newLeafNode(kw, grammarAccess.getNumberAccess().getFullStopKeyword_2_0());
                    			
                    this_INT_3=(Token)match(input,RULE_INT,FOLLOW_2); 

                    				current.merge(this_INT_3);
                    			

                    				newLeafNode(this_INT_3, grammarAccess.getNumberAccess().getINTTerminalRuleCall_2_1());
                    			

                    }
                    break;

            }


            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {

            	myHiddenTokenState.restore();

        }
        return current;
    }
    // $ANTLR end "ruleNumber"


    // $ANTLR start "entryRuleDigits"
    // InternalTwin.g:3393:1: entryRuleDigits returns [String current=null] : iv_ruleDigits= ruleDigits EOF ;
    public final String entryRuleDigits() throws RecognitionException {
        String current = null;

        AntlrDatatypeRuleToken iv_ruleDigits = null;


        try {
            // InternalTwin.g:3393:46: (iv_ruleDigits= ruleDigits EOF )
            // InternalTwin.g:3394:2: iv_ruleDigits= ruleDigits EOF
            {
             newCompositeNode(grammarAccess.getDigitsRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleDigits=ruleDigits();

            state._fsp--;

             current =iv_ruleDigits.getText(); 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleDigits"


    // $ANTLR start "ruleDigits"
    // InternalTwin.g:3400:1: ruleDigits returns [AntlrDatatypeRuleToken current=new AntlrDatatypeRuleToken()] : this_INT_0= RULE_INT ;
    public final AntlrDatatypeRuleToken ruleDigits() throws RecognitionException {
        AntlrDatatypeRuleToken current = new AntlrDatatypeRuleToken();

        Token this_INT_0=null;


        	enterRule();

        try {
            // InternalTwin.g:3406:2: (this_INT_0= RULE_INT )
            // InternalTwin.g:3407:2: this_INT_0= RULE_INT
            {
            this_INT_0=(Token)match(input,RULE_INT,FOLLOW_2); 

            		current.merge(this_INT_0);
            	

            		newLeafNode(this_INT_0, grammarAccess.getDigitsAccess().getINTTerminalRuleCall());
            	

            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleDigits"


    // $ANTLR start "entryRuleQualifiedName"
    // InternalTwin.g:3417:1: entryRuleQualifiedName returns [String current=null] : iv_ruleQualifiedName= ruleQualifiedName EOF ;
    public final String entryRuleQualifiedName() throws RecognitionException {
        String current = null;

        AntlrDatatypeRuleToken iv_ruleQualifiedName = null;


        try {
            // InternalTwin.g:3417:53: (iv_ruleQualifiedName= ruleQualifiedName EOF )
            // InternalTwin.g:3418:2: iv_ruleQualifiedName= ruleQualifiedName EOF
            {
             newCompositeNode(grammarAccess.getQualifiedNameRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleQualifiedName=ruleQualifiedName();

            state._fsp--;

             current =iv_ruleQualifiedName.getText(); 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleQualifiedName"


    // $ANTLR start "ruleQualifiedName"
    // InternalTwin.g:3424:1: ruleQualifiedName returns [AntlrDatatypeRuleToken current=new AntlrDatatypeRuleToken()] : (this_ID_0= RULE_ID (kw= '.' this_ID_2= RULE_ID )* ) ;
    public final AntlrDatatypeRuleToken ruleQualifiedName() throws RecognitionException {
        AntlrDatatypeRuleToken current = new AntlrDatatypeRuleToken();

        Token this_ID_0=null;
        Token kw=null;
        Token this_ID_2=null;


        	enterRule();

        try {
            // InternalTwin.g:3430:2: ( (this_ID_0= RULE_ID (kw= '.' this_ID_2= RULE_ID )* ) )
            // InternalTwin.g:3431:2: (this_ID_0= RULE_ID (kw= '.' this_ID_2= RULE_ID )* )
            {
            // InternalTwin.g:3431:2: (this_ID_0= RULE_ID (kw= '.' this_ID_2= RULE_ID )* )
            // InternalTwin.g:3432:3: this_ID_0= RULE_ID (kw= '.' this_ID_2= RULE_ID )*
            {
            this_ID_0=(Token)match(input,RULE_ID,FOLLOW_64); 

            			current.merge(this_ID_0);
            		

            			newLeafNode(this_ID_0, grammarAccess.getQualifiedNameAccess().getIDTerminalRuleCall_0());
            		
            // InternalTwin.g:3439:3: (kw= '.' this_ID_2= RULE_ID )*
            loop44:
            do {
                int alt44=2;
                int LA44_0 = input.LA(1);

                if ( (LA44_0==57) ) {
                    int LA44_2 = input.LA(2);

                    if ( (LA44_2==RULE_ID) ) {
                        alt44=1;
                    }


                }


                switch (alt44) {
            	case 1 :
            	    // InternalTwin.g:3440:4: kw= '.' this_ID_2= RULE_ID
            	    {
            	    kw=(Token)match(input,57,FOLLOW_3); 

            	    				current.merge(kw);
            	    				newLeafNode(kw, grammarAccess.getQualifiedNameAccess().getFullStopKeyword_1_0());
            	    			
            	    this_ID_2=(Token)match(input,RULE_ID,FOLLOW_64); 

            	    				current.merge(this_ID_2);
            	    			

            	    				newLeafNode(this_ID_2, grammarAccess.getQualifiedNameAccess().getIDTerminalRuleCall_1_1());
            	    			

            	    }
            	    break;

            	default :
            	    break loop44;
                }
            } while (true);


            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleQualifiedName"


    // $ANTLR start "ruleEndianness"
    // InternalTwin.g:3457:1: ruleEndianness returns [Enumerator current=null] : ( (enumLiteral_0= 'big' ) | (enumLiteral_1= 'little' ) ) ;
    public final Enumerator ruleEndianness() throws RecognitionException {
        Enumerator current = null;

        Token enumLiteral_0=null;
        Token enumLiteral_1=null;


        	enterRule();

        try {
            // InternalTwin.g:3463:2: ( ( (enumLiteral_0= 'big' ) | (enumLiteral_1= 'little' ) ) )
            // InternalTwin.g:3464:2: ( (enumLiteral_0= 'big' ) | (enumLiteral_1= 'little' ) )
            {
            // InternalTwin.g:3464:2: ( (enumLiteral_0= 'big' ) | (enumLiteral_1= 'little' ) )
            int alt45=2;
            int LA45_0 = input.LA(1);

            if ( (LA45_0==76) ) {
                alt45=1;
            }
            else if ( (LA45_0==77) ) {
                alt45=2;
            }
            else {
                NoViableAltException nvae =
                    new NoViableAltException("", 45, 0, input);

                throw nvae;
            }
            switch (alt45) {
                case 1 :
                    // InternalTwin.g:3465:3: (enumLiteral_0= 'big' )
                    {
                    // InternalTwin.g:3465:3: (enumLiteral_0= 'big' )
                    // InternalTwin.g:3466:4: enumLiteral_0= 'big'
                    {
                    enumLiteral_0=(Token)match(input,76,FOLLOW_2); 

                    				current = grammarAccess.getEndiannessAccess().getBIGEnumLiteralDeclaration_0().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_0, grammarAccess.getEndiannessAccess().getBIGEnumLiteralDeclaration_0());
                    			

                    }


                    }
                    break;
                case 2 :
                    // InternalTwin.g:3473:3: (enumLiteral_1= 'little' )
                    {
                    // InternalTwin.g:3473:3: (enumLiteral_1= 'little' )
                    // InternalTwin.g:3474:4: enumLiteral_1= 'little'
                    {
                    enumLiteral_1=(Token)match(input,77,FOLLOW_2); 

                    				current = grammarAccess.getEndiannessAccess().getLITTLEEnumLiteralDeclaration_1().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_1, grammarAccess.getEndiannessAccess().getLITTLEEnumLiteralDeclaration_1());
                    			

                    }


                    }
                    break;

            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleEndianness"


    // $ANTLR start "ruleAddressBase"
    // InternalTwin.g:3484:1: ruleAddressBase returns [Enumerator current=null] : ( (enumLiteral_0= 'one-based' ) | (enumLiteral_1= 'zero-based' ) ) ;
    public final Enumerator ruleAddressBase() throws RecognitionException {
        Enumerator current = null;

        Token enumLiteral_0=null;
        Token enumLiteral_1=null;


        	enterRule();

        try {
            // InternalTwin.g:3490:2: ( ( (enumLiteral_0= 'one-based' ) | (enumLiteral_1= 'zero-based' ) ) )
            // InternalTwin.g:3491:2: ( (enumLiteral_0= 'one-based' ) | (enumLiteral_1= 'zero-based' ) )
            {
            // InternalTwin.g:3491:2: ( (enumLiteral_0= 'one-based' ) | (enumLiteral_1= 'zero-based' ) )
            int alt46=2;
            int LA46_0 = input.LA(1);

            if ( (LA46_0==78) ) {
                alt46=1;
            }
            else if ( (LA46_0==79) ) {
                alt46=2;
            }
            else {
                NoViableAltException nvae =
                    new NoViableAltException("", 46, 0, input);

                throw nvae;
            }
            switch (alt46) {
                case 1 :
                    // InternalTwin.g:3492:3: (enumLiteral_0= 'one-based' )
                    {
                    // InternalTwin.g:3492:3: (enumLiteral_0= 'one-based' )
                    // InternalTwin.g:3493:4: enumLiteral_0= 'one-based'
                    {
                    enumLiteral_0=(Token)match(input,78,FOLLOW_2); 

                    				current = grammarAccess.getAddressBaseAccess().getONE_BASEDEnumLiteralDeclaration_0().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_0, grammarAccess.getAddressBaseAccess().getONE_BASEDEnumLiteralDeclaration_0());
                    			

                    }


                    }
                    break;
                case 2 :
                    // InternalTwin.g:3500:3: (enumLiteral_1= 'zero-based' )
                    {
                    // InternalTwin.g:3500:3: (enumLiteral_1= 'zero-based' )
                    // InternalTwin.g:3501:4: enumLiteral_1= 'zero-based'
                    {
                    enumLiteral_1=(Token)match(input,79,FOLLOW_2); 

                    				current = grammarAccess.getAddressBaseAccess().getZERO_BASEDEnumLiteralDeclaration_1().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_1, grammarAccess.getAddressBaseAccess().getZERO_BASEDEnumLiteralDeclaration_1());
                    			

                    }


                    }
                    break;

            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleAddressBase"


    // $ANTLR start "ruleSecurityPolicy"
    // InternalTwin.g:3511:1: ruleSecurityPolicy returns [Enumerator current=null] : ( (enumLiteral_0= 'None' ) | (enumLiteral_1= 'Basic128Rsa15' ) | (enumLiteral_2= 'Basic256' ) | (enumLiteral_3= 'Basic256Sha256' ) | (enumLiteral_4= 'Aes128_Sha256_RsaOaep' ) | (enumLiteral_5= 'Aes256_Sha256_RsaPss' ) ) ;
    public final Enumerator ruleSecurityPolicy() throws RecognitionException {
        Enumerator current = null;

        Token enumLiteral_0=null;
        Token enumLiteral_1=null;
        Token enumLiteral_2=null;
        Token enumLiteral_3=null;
        Token enumLiteral_4=null;
        Token enumLiteral_5=null;


        	enterRule();

        try {
            // InternalTwin.g:3517:2: ( ( (enumLiteral_0= 'None' ) | (enumLiteral_1= 'Basic128Rsa15' ) | (enumLiteral_2= 'Basic256' ) | (enumLiteral_3= 'Basic256Sha256' ) | (enumLiteral_4= 'Aes128_Sha256_RsaOaep' ) | (enumLiteral_5= 'Aes256_Sha256_RsaPss' ) ) )
            // InternalTwin.g:3518:2: ( (enumLiteral_0= 'None' ) | (enumLiteral_1= 'Basic128Rsa15' ) | (enumLiteral_2= 'Basic256' ) | (enumLiteral_3= 'Basic256Sha256' ) | (enumLiteral_4= 'Aes128_Sha256_RsaOaep' ) | (enumLiteral_5= 'Aes256_Sha256_RsaPss' ) )
            {
            // InternalTwin.g:3518:2: ( (enumLiteral_0= 'None' ) | (enumLiteral_1= 'Basic128Rsa15' ) | (enumLiteral_2= 'Basic256' ) | (enumLiteral_3= 'Basic256Sha256' ) | (enumLiteral_4= 'Aes128_Sha256_RsaOaep' ) | (enumLiteral_5= 'Aes256_Sha256_RsaPss' ) )
            int alt47=6;
            switch ( input.LA(1) ) {
            case 80:
                {
                alt47=1;
                }
                break;
            case 81:
                {
                alt47=2;
                }
                break;
            case 82:
                {
                alt47=3;
                }
                break;
            case 83:
                {
                alt47=4;
                }
                break;
            case 84:
                {
                alt47=5;
                }
                break;
            case 85:
                {
                alt47=6;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 47, 0, input);

                throw nvae;
            }

            switch (alt47) {
                case 1 :
                    // InternalTwin.g:3519:3: (enumLiteral_0= 'None' )
                    {
                    // InternalTwin.g:3519:3: (enumLiteral_0= 'None' )
                    // InternalTwin.g:3520:4: enumLiteral_0= 'None'
                    {
                    enumLiteral_0=(Token)match(input,80,FOLLOW_2); 

                    				current = grammarAccess.getSecurityPolicyAccess().getNONEEnumLiteralDeclaration_0().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_0, grammarAccess.getSecurityPolicyAccess().getNONEEnumLiteralDeclaration_0());
                    			

                    }


                    }
                    break;
                case 2 :
                    // InternalTwin.g:3527:3: (enumLiteral_1= 'Basic128Rsa15' )
                    {
                    // InternalTwin.g:3527:3: (enumLiteral_1= 'Basic128Rsa15' )
                    // InternalTwin.g:3528:4: enumLiteral_1= 'Basic128Rsa15'
                    {
                    enumLiteral_1=(Token)match(input,81,FOLLOW_2); 

                    				current = grammarAccess.getSecurityPolicyAccess().getBASIC128_RSA15EnumLiteralDeclaration_1().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_1, grammarAccess.getSecurityPolicyAccess().getBASIC128_RSA15EnumLiteralDeclaration_1());
                    			

                    }


                    }
                    break;
                case 3 :
                    // InternalTwin.g:3535:3: (enumLiteral_2= 'Basic256' )
                    {
                    // InternalTwin.g:3535:3: (enumLiteral_2= 'Basic256' )
                    // InternalTwin.g:3536:4: enumLiteral_2= 'Basic256'
                    {
                    enumLiteral_2=(Token)match(input,82,FOLLOW_2); 

                    				current = grammarAccess.getSecurityPolicyAccess().getBASIC256EnumLiteralDeclaration_2().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_2, grammarAccess.getSecurityPolicyAccess().getBASIC256EnumLiteralDeclaration_2());
                    			

                    }


                    }
                    break;
                case 4 :
                    // InternalTwin.g:3543:3: (enumLiteral_3= 'Basic256Sha256' )
                    {
                    // InternalTwin.g:3543:3: (enumLiteral_3= 'Basic256Sha256' )
                    // InternalTwin.g:3544:4: enumLiteral_3= 'Basic256Sha256'
                    {
                    enumLiteral_3=(Token)match(input,83,FOLLOW_2); 

                    				current = grammarAccess.getSecurityPolicyAccess().getBASIC256_SHA256EnumLiteralDeclaration_3().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_3, grammarAccess.getSecurityPolicyAccess().getBASIC256_SHA256EnumLiteralDeclaration_3());
                    			

                    }


                    }
                    break;
                case 5 :
                    // InternalTwin.g:3551:3: (enumLiteral_4= 'Aes128_Sha256_RsaOaep' )
                    {
                    // InternalTwin.g:3551:3: (enumLiteral_4= 'Aes128_Sha256_RsaOaep' )
                    // InternalTwin.g:3552:4: enumLiteral_4= 'Aes128_Sha256_RsaOaep'
                    {
                    enumLiteral_4=(Token)match(input,84,FOLLOW_2); 

                    				current = grammarAccess.getSecurityPolicyAccess().getAES128_SHA256_RSA_OAEPEnumLiteralDeclaration_4().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_4, grammarAccess.getSecurityPolicyAccess().getAES128_SHA256_RSA_OAEPEnumLiteralDeclaration_4());
                    			

                    }


                    }
                    break;
                case 6 :
                    // InternalTwin.g:3559:3: (enumLiteral_5= 'Aes256_Sha256_RsaPss' )
                    {
                    // InternalTwin.g:3559:3: (enumLiteral_5= 'Aes256_Sha256_RsaPss' )
                    // InternalTwin.g:3560:4: enumLiteral_5= 'Aes256_Sha256_RsaPss'
                    {
                    enumLiteral_5=(Token)match(input,85,FOLLOW_2); 

                    				current = grammarAccess.getSecurityPolicyAccess().getAES256_SHA256_RSA_PSSEnumLiteralDeclaration_5().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_5, grammarAccess.getSecurityPolicyAccess().getAES256_SHA256_RSA_PSSEnumLiteralDeclaration_5());
                    			

                    }


                    }
                    break;

            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleSecurityPolicy"


    // $ANTLR start "ruleSecurityMode"
    // InternalTwin.g:3570:1: ruleSecurityMode returns [Enumerator current=null] : ( (enumLiteral_0= 'none' ) | (enumLiteral_1= 'sign' ) | (enumLiteral_2= 'sign-and-encrypt' ) ) ;
    public final Enumerator ruleSecurityMode() throws RecognitionException {
        Enumerator current = null;

        Token enumLiteral_0=null;
        Token enumLiteral_1=null;
        Token enumLiteral_2=null;


        	enterRule();

        try {
            // InternalTwin.g:3576:2: ( ( (enumLiteral_0= 'none' ) | (enumLiteral_1= 'sign' ) | (enumLiteral_2= 'sign-and-encrypt' ) ) )
            // InternalTwin.g:3577:2: ( (enumLiteral_0= 'none' ) | (enumLiteral_1= 'sign' ) | (enumLiteral_2= 'sign-and-encrypt' ) )
            {
            // InternalTwin.g:3577:2: ( (enumLiteral_0= 'none' ) | (enumLiteral_1= 'sign' ) | (enumLiteral_2= 'sign-and-encrypt' ) )
            int alt48=3;
            switch ( input.LA(1) ) {
            case 86:
                {
                alt48=1;
                }
                break;
            case 87:
                {
                alt48=2;
                }
                break;
            case 88:
                {
                alt48=3;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 48, 0, input);

                throw nvae;
            }

            switch (alt48) {
                case 1 :
                    // InternalTwin.g:3578:3: (enumLiteral_0= 'none' )
                    {
                    // InternalTwin.g:3578:3: (enumLiteral_0= 'none' )
                    // InternalTwin.g:3579:4: enumLiteral_0= 'none'
                    {
                    enumLiteral_0=(Token)match(input,86,FOLLOW_2); 

                    				current = grammarAccess.getSecurityModeAccess().getNONEEnumLiteralDeclaration_0().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_0, grammarAccess.getSecurityModeAccess().getNONEEnumLiteralDeclaration_0());
                    			

                    }


                    }
                    break;
                case 2 :
                    // InternalTwin.g:3586:3: (enumLiteral_1= 'sign' )
                    {
                    // InternalTwin.g:3586:3: (enumLiteral_1= 'sign' )
                    // InternalTwin.g:3587:4: enumLiteral_1= 'sign'
                    {
                    enumLiteral_1=(Token)match(input,87,FOLLOW_2); 

                    				current = grammarAccess.getSecurityModeAccess().getSIGNEnumLiteralDeclaration_1().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_1, grammarAccess.getSecurityModeAccess().getSIGNEnumLiteralDeclaration_1());
                    			

                    }


                    }
                    break;
                case 3 :
                    // InternalTwin.g:3594:3: (enumLiteral_2= 'sign-and-encrypt' )
                    {
                    // InternalTwin.g:3594:3: (enumLiteral_2= 'sign-and-encrypt' )
                    // InternalTwin.g:3595:4: enumLiteral_2= 'sign-and-encrypt'
                    {
                    enumLiteral_2=(Token)match(input,88,FOLLOW_2); 

                    				current = grammarAccess.getSecurityModeAccess().getSIGN_AND_ENCRYPTEnumLiteralDeclaration_2().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_2, grammarAccess.getSecurityModeAccess().getSIGN_AND_ENCRYPTEnumLiteralDeclaration_2());
                    			

                    }


                    }
                    break;

            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleSecurityMode"


    // $ANTLR start "ruleRegisterSpace"
    // InternalTwin.g:3605:1: ruleRegisterSpace returns [Enumerator current=null] : ( (enumLiteral_0= 'coil' ) | (enumLiteral_1= 'discrete' ) | (enumLiteral_2= 'input' ) | (enumLiteral_3= 'holding' ) ) ;
    public final Enumerator ruleRegisterSpace() throws RecognitionException {
        Enumerator current = null;

        Token enumLiteral_0=null;
        Token enumLiteral_1=null;
        Token enumLiteral_2=null;
        Token enumLiteral_3=null;


        	enterRule();

        try {
            // InternalTwin.g:3611:2: ( ( (enumLiteral_0= 'coil' ) | (enumLiteral_1= 'discrete' ) | (enumLiteral_2= 'input' ) | (enumLiteral_3= 'holding' ) ) )
            // InternalTwin.g:3612:2: ( (enumLiteral_0= 'coil' ) | (enumLiteral_1= 'discrete' ) | (enumLiteral_2= 'input' ) | (enumLiteral_3= 'holding' ) )
            {
            // InternalTwin.g:3612:2: ( (enumLiteral_0= 'coil' ) | (enumLiteral_1= 'discrete' ) | (enumLiteral_2= 'input' ) | (enumLiteral_3= 'holding' ) )
            int alt49=4;
            switch ( input.LA(1) ) {
            case 89:
                {
                alt49=1;
                }
                break;
            case 90:
                {
                alt49=2;
                }
                break;
            case 91:
                {
                alt49=3;
                }
                break;
            case 92:
                {
                alt49=4;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 49, 0, input);

                throw nvae;
            }

            switch (alt49) {
                case 1 :
                    // InternalTwin.g:3613:3: (enumLiteral_0= 'coil' )
                    {
                    // InternalTwin.g:3613:3: (enumLiteral_0= 'coil' )
                    // InternalTwin.g:3614:4: enumLiteral_0= 'coil'
                    {
                    enumLiteral_0=(Token)match(input,89,FOLLOW_2); 

                    				current = grammarAccess.getRegisterSpaceAccess().getCOILEnumLiteralDeclaration_0().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_0, grammarAccess.getRegisterSpaceAccess().getCOILEnumLiteralDeclaration_0());
                    			

                    }


                    }
                    break;
                case 2 :
                    // InternalTwin.g:3621:3: (enumLiteral_1= 'discrete' )
                    {
                    // InternalTwin.g:3621:3: (enumLiteral_1= 'discrete' )
                    // InternalTwin.g:3622:4: enumLiteral_1= 'discrete'
                    {
                    enumLiteral_1=(Token)match(input,90,FOLLOW_2); 

                    				current = grammarAccess.getRegisterSpaceAccess().getDISCRETEEnumLiteralDeclaration_1().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_1, grammarAccess.getRegisterSpaceAccess().getDISCRETEEnumLiteralDeclaration_1());
                    			

                    }


                    }
                    break;
                case 3 :
                    // InternalTwin.g:3629:3: (enumLiteral_2= 'input' )
                    {
                    // InternalTwin.g:3629:3: (enumLiteral_2= 'input' )
                    // InternalTwin.g:3630:4: enumLiteral_2= 'input'
                    {
                    enumLiteral_2=(Token)match(input,91,FOLLOW_2); 

                    				current = grammarAccess.getRegisterSpaceAccess().getINPUTEnumLiteralDeclaration_2().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_2, grammarAccess.getRegisterSpaceAccess().getINPUTEnumLiteralDeclaration_2());
                    			

                    }


                    }
                    break;
                case 4 :
                    // InternalTwin.g:3637:3: (enumLiteral_3= 'holding' )
                    {
                    // InternalTwin.g:3637:3: (enumLiteral_3= 'holding' )
                    // InternalTwin.g:3638:4: enumLiteral_3= 'holding'
                    {
                    enumLiteral_3=(Token)match(input,92,FOLLOW_2); 

                    				current = grammarAccess.getRegisterSpaceAccess().getHOLDINGEnumLiteralDeclaration_3().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_3, grammarAccess.getRegisterSpaceAccess().getHOLDINGEnumLiteralDeclaration_3());
                    			

                    }


                    }
                    break;

            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleRegisterSpace"


    // $ANTLR start "rulePlc4xSpace"
    // InternalTwin.g:3648:1: rulePlc4xSpace returns [Enumerator current=null] : ( (enumLiteral_0= 'coil' ) | (enumLiteral_1= 'discrete-input' ) | (enumLiteral_2= 'input-register' ) | (enumLiteral_3= 'holding-register' ) ) ;
    public final Enumerator rulePlc4xSpace() throws RecognitionException {
        Enumerator current = null;

        Token enumLiteral_0=null;
        Token enumLiteral_1=null;
        Token enumLiteral_2=null;
        Token enumLiteral_3=null;


        	enterRule();

        try {
            // InternalTwin.g:3654:2: ( ( (enumLiteral_0= 'coil' ) | (enumLiteral_1= 'discrete-input' ) | (enumLiteral_2= 'input-register' ) | (enumLiteral_3= 'holding-register' ) ) )
            // InternalTwin.g:3655:2: ( (enumLiteral_0= 'coil' ) | (enumLiteral_1= 'discrete-input' ) | (enumLiteral_2= 'input-register' ) | (enumLiteral_3= 'holding-register' ) )
            {
            // InternalTwin.g:3655:2: ( (enumLiteral_0= 'coil' ) | (enumLiteral_1= 'discrete-input' ) | (enumLiteral_2= 'input-register' ) | (enumLiteral_3= 'holding-register' ) )
            int alt50=4;
            switch ( input.LA(1) ) {
            case 89:
                {
                alt50=1;
                }
                break;
            case 93:
                {
                alt50=2;
                }
                break;
            case 94:
                {
                alt50=3;
                }
                break;
            case 95:
                {
                alt50=4;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 50, 0, input);

                throw nvae;
            }

            switch (alt50) {
                case 1 :
                    // InternalTwin.g:3656:3: (enumLiteral_0= 'coil' )
                    {
                    // InternalTwin.g:3656:3: (enumLiteral_0= 'coil' )
                    // InternalTwin.g:3657:4: enumLiteral_0= 'coil'
                    {
                    enumLiteral_0=(Token)match(input,89,FOLLOW_2); 

                    				current = grammarAccess.getPlc4xSpaceAccess().getCOILEnumLiteralDeclaration_0().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_0, grammarAccess.getPlc4xSpaceAccess().getCOILEnumLiteralDeclaration_0());
                    			

                    }


                    }
                    break;
                case 2 :
                    // InternalTwin.g:3664:3: (enumLiteral_1= 'discrete-input' )
                    {
                    // InternalTwin.g:3664:3: (enumLiteral_1= 'discrete-input' )
                    // InternalTwin.g:3665:4: enumLiteral_1= 'discrete-input'
                    {
                    enumLiteral_1=(Token)match(input,93,FOLLOW_2); 

                    				current = grammarAccess.getPlc4xSpaceAccess().getDISCRETEEnumLiteralDeclaration_1().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_1, grammarAccess.getPlc4xSpaceAccess().getDISCRETEEnumLiteralDeclaration_1());
                    			

                    }


                    }
                    break;
                case 3 :
                    // InternalTwin.g:3672:3: (enumLiteral_2= 'input-register' )
                    {
                    // InternalTwin.g:3672:3: (enumLiteral_2= 'input-register' )
                    // InternalTwin.g:3673:4: enumLiteral_2= 'input-register'
                    {
                    enumLiteral_2=(Token)match(input,94,FOLLOW_2); 

                    				current = grammarAccess.getPlc4xSpaceAccess().getINPUTEnumLiteralDeclaration_2().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_2, grammarAccess.getPlc4xSpaceAccess().getINPUTEnumLiteralDeclaration_2());
                    			

                    }


                    }
                    break;
                case 4 :
                    // InternalTwin.g:3680:3: (enumLiteral_3= 'holding-register' )
                    {
                    // InternalTwin.g:3680:3: (enumLiteral_3= 'holding-register' )
                    // InternalTwin.g:3681:4: enumLiteral_3= 'holding-register'
                    {
                    enumLiteral_3=(Token)match(input,95,FOLLOW_2); 

                    				current = grammarAccess.getPlc4xSpaceAccess().getHOLDINGEnumLiteralDeclaration_3().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_3, grammarAccess.getPlc4xSpaceAccess().getHOLDINGEnumLiteralDeclaration_3());
                    			

                    }


                    }
                    break;

            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "rulePlc4xSpace"


    // $ANTLR start "ruleScalarKind"
    // InternalTwin.g:3691:1: ruleScalarKind returns [Enumerator current=null] : ( (enumLiteral_0= 'bool' ) | (enumLiteral_1= 'int16' ) | (enumLiteral_2= 'uint16' ) | (enumLiteral_3= 'int32' ) | (enumLiteral_4= 'uint32' ) | (enumLiteral_5= 'float32' ) | (enumLiteral_6= 'int64' ) | (enumLiteral_7= 'float64' ) ) ;
    public final Enumerator ruleScalarKind() throws RecognitionException {
        Enumerator current = null;

        Token enumLiteral_0=null;
        Token enumLiteral_1=null;
        Token enumLiteral_2=null;
        Token enumLiteral_3=null;
        Token enumLiteral_4=null;
        Token enumLiteral_5=null;
        Token enumLiteral_6=null;
        Token enumLiteral_7=null;


        	enterRule();

        try {
            // InternalTwin.g:3697:2: ( ( (enumLiteral_0= 'bool' ) | (enumLiteral_1= 'int16' ) | (enumLiteral_2= 'uint16' ) | (enumLiteral_3= 'int32' ) | (enumLiteral_4= 'uint32' ) | (enumLiteral_5= 'float32' ) | (enumLiteral_6= 'int64' ) | (enumLiteral_7= 'float64' ) ) )
            // InternalTwin.g:3698:2: ( (enumLiteral_0= 'bool' ) | (enumLiteral_1= 'int16' ) | (enumLiteral_2= 'uint16' ) | (enumLiteral_3= 'int32' ) | (enumLiteral_4= 'uint32' ) | (enumLiteral_5= 'float32' ) | (enumLiteral_6= 'int64' ) | (enumLiteral_7= 'float64' ) )
            {
            // InternalTwin.g:3698:2: ( (enumLiteral_0= 'bool' ) | (enumLiteral_1= 'int16' ) | (enumLiteral_2= 'uint16' ) | (enumLiteral_3= 'int32' ) | (enumLiteral_4= 'uint32' ) | (enumLiteral_5= 'float32' ) | (enumLiteral_6= 'int64' ) | (enumLiteral_7= 'float64' ) )
            int alt51=8;
            switch ( input.LA(1) ) {
            case 96:
                {
                alt51=1;
                }
                break;
            case 97:
                {
                alt51=2;
                }
                break;
            case 98:
                {
                alt51=3;
                }
                break;
            case 99:
                {
                alt51=4;
                }
                break;
            case 100:
                {
                alt51=5;
                }
                break;
            case 101:
                {
                alt51=6;
                }
                break;
            case 102:
                {
                alt51=7;
                }
                break;
            case 103:
                {
                alt51=8;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 51, 0, input);

                throw nvae;
            }

            switch (alt51) {
                case 1 :
                    // InternalTwin.g:3699:3: (enumLiteral_0= 'bool' )
                    {
                    // InternalTwin.g:3699:3: (enumLiteral_0= 'bool' )
                    // InternalTwin.g:3700:4: enumLiteral_0= 'bool'
                    {
                    enumLiteral_0=(Token)match(input,96,FOLLOW_2); 

                    				current = grammarAccess.getScalarKindAccess().getBOOLEnumLiteralDeclaration_0().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_0, grammarAccess.getScalarKindAccess().getBOOLEnumLiteralDeclaration_0());
                    			

                    }


                    }
                    break;
                case 2 :
                    // InternalTwin.g:3707:3: (enumLiteral_1= 'int16' )
                    {
                    // InternalTwin.g:3707:3: (enumLiteral_1= 'int16' )
                    // InternalTwin.g:3708:4: enumLiteral_1= 'int16'
                    {
                    enumLiteral_1=(Token)match(input,97,FOLLOW_2); 

                    				current = grammarAccess.getScalarKindAccess().getINT16EnumLiteralDeclaration_1().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_1, grammarAccess.getScalarKindAccess().getINT16EnumLiteralDeclaration_1());
                    			

                    }


                    }
                    break;
                case 3 :
                    // InternalTwin.g:3715:3: (enumLiteral_2= 'uint16' )
                    {
                    // InternalTwin.g:3715:3: (enumLiteral_2= 'uint16' )
                    // InternalTwin.g:3716:4: enumLiteral_2= 'uint16'
                    {
                    enumLiteral_2=(Token)match(input,98,FOLLOW_2); 

                    				current = grammarAccess.getScalarKindAccess().getUINT16EnumLiteralDeclaration_2().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_2, grammarAccess.getScalarKindAccess().getUINT16EnumLiteralDeclaration_2());
                    			

                    }


                    }
                    break;
                case 4 :
                    // InternalTwin.g:3723:3: (enumLiteral_3= 'int32' )
                    {
                    // InternalTwin.g:3723:3: (enumLiteral_3= 'int32' )
                    // InternalTwin.g:3724:4: enumLiteral_3= 'int32'
                    {
                    enumLiteral_3=(Token)match(input,99,FOLLOW_2); 

                    				current = grammarAccess.getScalarKindAccess().getINT32EnumLiteralDeclaration_3().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_3, grammarAccess.getScalarKindAccess().getINT32EnumLiteralDeclaration_3());
                    			

                    }


                    }
                    break;
                case 5 :
                    // InternalTwin.g:3731:3: (enumLiteral_4= 'uint32' )
                    {
                    // InternalTwin.g:3731:3: (enumLiteral_4= 'uint32' )
                    // InternalTwin.g:3732:4: enumLiteral_4= 'uint32'
                    {
                    enumLiteral_4=(Token)match(input,100,FOLLOW_2); 

                    				current = grammarAccess.getScalarKindAccess().getUINT32EnumLiteralDeclaration_4().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_4, grammarAccess.getScalarKindAccess().getUINT32EnumLiteralDeclaration_4());
                    			

                    }


                    }
                    break;
                case 6 :
                    // InternalTwin.g:3739:3: (enumLiteral_5= 'float32' )
                    {
                    // InternalTwin.g:3739:3: (enumLiteral_5= 'float32' )
                    // InternalTwin.g:3740:4: enumLiteral_5= 'float32'
                    {
                    enumLiteral_5=(Token)match(input,101,FOLLOW_2); 

                    				current = grammarAccess.getScalarKindAccess().getFLOAT32EnumLiteralDeclaration_5().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_5, grammarAccess.getScalarKindAccess().getFLOAT32EnumLiteralDeclaration_5());
                    			

                    }


                    }
                    break;
                case 7 :
                    // InternalTwin.g:3747:3: (enumLiteral_6= 'int64' )
                    {
                    // InternalTwin.g:3747:3: (enumLiteral_6= 'int64' )
                    // InternalTwin.g:3748:4: enumLiteral_6= 'int64'
                    {
                    enumLiteral_6=(Token)match(input,102,FOLLOW_2); 

                    				current = grammarAccess.getScalarKindAccess().getINT64EnumLiteralDeclaration_6().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_6, grammarAccess.getScalarKindAccess().getINT64EnumLiteralDeclaration_6());
                    			

                    }


                    }
                    break;
                case 8 :
                    // InternalTwin.g:3755:3: (enumLiteral_7= 'float64' )
                    {
                    // InternalTwin.g:3755:3: (enumLiteral_7= 'float64' )
                    // InternalTwin.g:3756:4: enumLiteral_7= 'float64'
                    {
                    enumLiteral_7=(Token)match(input,103,FOLLOW_2); 

                    				current = grammarAccess.getScalarKindAccess().getFLOAT64EnumLiteralDeclaration_7().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_7, grammarAccess.getScalarKindAccess().getFLOAT64EnumLiteralDeclaration_7());
                    			

                    }


                    }
                    break;

            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleScalarKind"


    // $ANTLR start "ruleAlignMethod"
    // InternalTwin.g:3766:1: ruleAlignMethod returns [Enumerator current=null] : ( (enumLiteral_0= 'hold' ) | (enumLiteral_1= 'linear' ) | (enumLiteral_2= 'mean' ) | (enumLiteral_3= 'min' ) | (enumLiteral_4= 'max' ) ) ;
    public final Enumerator ruleAlignMethod() throws RecognitionException {
        Enumerator current = null;

        Token enumLiteral_0=null;
        Token enumLiteral_1=null;
        Token enumLiteral_2=null;
        Token enumLiteral_3=null;
        Token enumLiteral_4=null;


        	enterRule();

        try {
            // InternalTwin.g:3772:2: ( ( (enumLiteral_0= 'hold' ) | (enumLiteral_1= 'linear' ) | (enumLiteral_2= 'mean' ) | (enumLiteral_3= 'min' ) | (enumLiteral_4= 'max' ) ) )
            // InternalTwin.g:3773:2: ( (enumLiteral_0= 'hold' ) | (enumLiteral_1= 'linear' ) | (enumLiteral_2= 'mean' ) | (enumLiteral_3= 'min' ) | (enumLiteral_4= 'max' ) )
            {
            // InternalTwin.g:3773:2: ( (enumLiteral_0= 'hold' ) | (enumLiteral_1= 'linear' ) | (enumLiteral_2= 'mean' ) | (enumLiteral_3= 'min' ) | (enumLiteral_4= 'max' ) )
            int alt52=5;
            switch ( input.LA(1) ) {
            case 104:
                {
                alt52=1;
                }
                break;
            case 105:
                {
                alt52=2;
                }
                break;
            case 106:
                {
                alt52=3;
                }
                break;
            case 73:
                {
                alt52=4;
                }
                break;
            case 28:
                {
                alt52=5;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 52, 0, input);

                throw nvae;
            }

            switch (alt52) {
                case 1 :
                    // InternalTwin.g:3774:3: (enumLiteral_0= 'hold' )
                    {
                    // InternalTwin.g:3774:3: (enumLiteral_0= 'hold' )
                    // InternalTwin.g:3775:4: enumLiteral_0= 'hold'
                    {
                    enumLiteral_0=(Token)match(input,104,FOLLOW_2); 

                    				current = grammarAccess.getAlignMethodAccess().getHOLDEnumLiteralDeclaration_0().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_0, grammarAccess.getAlignMethodAccess().getHOLDEnumLiteralDeclaration_0());
                    			

                    }


                    }
                    break;
                case 2 :
                    // InternalTwin.g:3782:3: (enumLiteral_1= 'linear' )
                    {
                    // InternalTwin.g:3782:3: (enumLiteral_1= 'linear' )
                    // InternalTwin.g:3783:4: enumLiteral_1= 'linear'
                    {
                    enumLiteral_1=(Token)match(input,105,FOLLOW_2); 

                    				current = grammarAccess.getAlignMethodAccess().getLINEAREnumLiteralDeclaration_1().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_1, grammarAccess.getAlignMethodAccess().getLINEAREnumLiteralDeclaration_1());
                    			

                    }


                    }
                    break;
                case 3 :
                    // InternalTwin.g:3790:3: (enumLiteral_2= 'mean' )
                    {
                    // InternalTwin.g:3790:3: (enumLiteral_2= 'mean' )
                    // InternalTwin.g:3791:4: enumLiteral_2= 'mean'
                    {
                    enumLiteral_2=(Token)match(input,106,FOLLOW_2); 

                    				current = grammarAccess.getAlignMethodAccess().getMEANEnumLiteralDeclaration_2().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_2, grammarAccess.getAlignMethodAccess().getMEANEnumLiteralDeclaration_2());
                    			

                    }


                    }
                    break;
                case 4 :
                    // InternalTwin.g:3798:3: (enumLiteral_3= 'min' )
                    {
                    // InternalTwin.g:3798:3: (enumLiteral_3= 'min' )
                    // InternalTwin.g:3799:4: enumLiteral_3= 'min'
                    {
                    enumLiteral_3=(Token)match(input,73,FOLLOW_2); 

                    				current = grammarAccess.getAlignMethodAccess().getMINEnumLiteralDeclaration_3().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_3, grammarAccess.getAlignMethodAccess().getMINEnumLiteralDeclaration_3());
                    			

                    }


                    }
                    break;
                case 5 :
                    // InternalTwin.g:3806:3: (enumLiteral_4= 'max' )
                    {
                    // InternalTwin.g:3806:3: (enumLiteral_4= 'max' )
                    // InternalTwin.g:3807:4: enumLiteral_4= 'max'
                    {
                    enumLiteral_4=(Token)match(input,28,FOLLOW_2); 

                    				current = grammarAccess.getAlignMethodAccess().getMAXEnumLiteralDeclaration_4().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_4, grammarAccess.getAlignMethodAccess().getMAXEnumLiteralDeclaration_4());
                    			

                    }


                    }
                    break;

            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleAlignMethod"


    // $ANTLR start "ruleComparison"
    // InternalTwin.g:3817:1: ruleComparison returns [Enumerator current=null] : ( (enumLiteral_0= '>' ) | (enumLiteral_1= '>=' ) | (enumLiteral_2= '<' ) | (enumLiteral_3= '<=' ) ) ;
    public final Enumerator ruleComparison() throws RecognitionException {
        Enumerator current = null;

        Token enumLiteral_0=null;
        Token enumLiteral_1=null;
        Token enumLiteral_2=null;
        Token enumLiteral_3=null;


        	enterRule();

        try {
            // InternalTwin.g:3823:2: ( ( (enumLiteral_0= '>' ) | (enumLiteral_1= '>=' ) | (enumLiteral_2= '<' ) | (enumLiteral_3= '<=' ) ) )
            // InternalTwin.g:3824:2: ( (enumLiteral_0= '>' ) | (enumLiteral_1= '>=' ) | (enumLiteral_2= '<' ) | (enumLiteral_3= '<=' ) )
            {
            // InternalTwin.g:3824:2: ( (enumLiteral_0= '>' ) | (enumLiteral_1= '>=' ) | (enumLiteral_2= '<' ) | (enumLiteral_3= '<=' ) )
            int alt53=4;
            switch ( input.LA(1) ) {
            case 107:
                {
                alt53=1;
                }
                break;
            case 108:
                {
                alt53=2;
                }
                break;
            case 109:
                {
                alt53=3;
                }
                break;
            case 110:
                {
                alt53=4;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 53, 0, input);

                throw nvae;
            }

            switch (alt53) {
                case 1 :
                    // InternalTwin.g:3825:3: (enumLiteral_0= '>' )
                    {
                    // InternalTwin.g:3825:3: (enumLiteral_0= '>' )
                    // InternalTwin.g:3826:4: enumLiteral_0= '>'
                    {
                    enumLiteral_0=(Token)match(input,107,FOLLOW_2); 

                    				current = grammarAccess.getComparisonAccess().getABOVEEnumLiteralDeclaration_0().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_0, grammarAccess.getComparisonAccess().getABOVEEnumLiteralDeclaration_0());
                    			

                    }


                    }
                    break;
                case 2 :
                    // InternalTwin.g:3833:3: (enumLiteral_1= '>=' )
                    {
                    // InternalTwin.g:3833:3: (enumLiteral_1= '>=' )
                    // InternalTwin.g:3834:4: enumLiteral_1= '>='
                    {
                    enumLiteral_1=(Token)match(input,108,FOLLOW_2); 

                    				current = grammarAccess.getComparisonAccess().getAT_OR_ABOVEEnumLiteralDeclaration_1().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_1, grammarAccess.getComparisonAccess().getAT_OR_ABOVEEnumLiteralDeclaration_1());
                    			

                    }


                    }
                    break;
                case 3 :
                    // InternalTwin.g:3841:3: (enumLiteral_2= '<' )
                    {
                    // InternalTwin.g:3841:3: (enumLiteral_2= '<' )
                    // InternalTwin.g:3842:4: enumLiteral_2= '<'
                    {
                    enumLiteral_2=(Token)match(input,109,FOLLOW_2); 

                    				current = grammarAccess.getComparisonAccess().getBELOWEnumLiteralDeclaration_2().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_2, grammarAccess.getComparisonAccess().getBELOWEnumLiteralDeclaration_2());
                    			

                    }


                    }
                    break;
                case 4 :
                    // InternalTwin.g:3849:3: (enumLiteral_3= '<=' )
                    {
                    // InternalTwin.g:3849:3: (enumLiteral_3= '<=' )
                    // InternalTwin.g:3850:4: enumLiteral_3= '<='
                    {
                    enumLiteral_3=(Token)match(input,110,FOLLOW_2); 

                    				current = grammarAccess.getComparisonAccess().getAT_OR_BELOWEnumLiteralDeclaration_3().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_3, grammarAccess.getComparisonAccess().getAT_OR_BELOWEnumLiteralDeclaration_3());
                    			

                    }


                    }
                    break;

            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleComparison"


    // $ANTLR start "ruleClearDirection"
    // InternalTwin.g:3860:1: ruleClearDirection returns [Enumerator current=null] : ( (enumLiteral_0= 'below' ) | (enumLiteral_1= 'above' ) ) ;
    public final Enumerator ruleClearDirection() throws RecognitionException {
        Enumerator current = null;

        Token enumLiteral_0=null;
        Token enumLiteral_1=null;


        	enterRule();

        try {
            // InternalTwin.g:3866:2: ( ( (enumLiteral_0= 'below' ) | (enumLiteral_1= 'above' ) ) )
            // InternalTwin.g:3867:2: ( (enumLiteral_0= 'below' ) | (enumLiteral_1= 'above' ) )
            {
            // InternalTwin.g:3867:2: ( (enumLiteral_0= 'below' ) | (enumLiteral_1= 'above' ) )
            int alt54=2;
            int LA54_0 = input.LA(1);

            if ( (LA54_0==111) ) {
                alt54=1;
            }
            else if ( (LA54_0==64) ) {
                alt54=2;
            }
            else {
                NoViableAltException nvae =
                    new NoViableAltException("", 54, 0, input);

                throw nvae;
            }
            switch (alt54) {
                case 1 :
                    // InternalTwin.g:3868:3: (enumLiteral_0= 'below' )
                    {
                    // InternalTwin.g:3868:3: (enumLiteral_0= 'below' )
                    // InternalTwin.g:3869:4: enumLiteral_0= 'below'
                    {
                    enumLiteral_0=(Token)match(input,111,FOLLOW_2); 

                    				current = grammarAccess.getClearDirectionAccess().getBELOWEnumLiteralDeclaration_0().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_0, grammarAccess.getClearDirectionAccess().getBELOWEnumLiteralDeclaration_0());
                    			

                    }


                    }
                    break;
                case 2 :
                    // InternalTwin.g:3876:3: (enumLiteral_1= 'above' )
                    {
                    // InternalTwin.g:3876:3: (enumLiteral_1= 'above' )
                    // InternalTwin.g:3877:4: enumLiteral_1= 'above'
                    {
                    enumLiteral_1=(Token)match(input,64,FOLLOW_2); 

                    				current = grammarAccess.getClearDirectionAccess().getABOVEEnumLiteralDeclaration_1().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_1, grammarAccess.getClearDirectionAccess().getABOVEEnumLiteralDeclaration_1());
                    			

                    }


                    }
                    break;

            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleClearDirection"


    // $ANTLR start "ruleTimeUnit"
    // InternalTwin.g:3887:1: ruleTimeUnit returns [Enumerator current=null] : ( (enumLiteral_0= 'ms' ) | (enumLiteral_1= 's' ) | (enumLiteral_2= 'min' ) | (enumLiteral_3= 'h' ) ) ;
    public final Enumerator ruleTimeUnit() throws RecognitionException {
        Enumerator current = null;

        Token enumLiteral_0=null;
        Token enumLiteral_1=null;
        Token enumLiteral_2=null;
        Token enumLiteral_3=null;


        	enterRule();

        try {
            // InternalTwin.g:3893:2: ( ( (enumLiteral_0= 'ms' ) | (enumLiteral_1= 's' ) | (enumLiteral_2= 'min' ) | (enumLiteral_3= 'h' ) ) )
            // InternalTwin.g:3894:2: ( (enumLiteral_0= 'ms' ) | (enumLiteral_1= 's' ) | (enumLiteral_2= 'min' ) | (enumLiteral_3= 'h' ) )
            {
            // InternalTwin.g:3894:2: ( (enumLiteral_0= 'ms' ) | (enumLiteral_1= 's' ) | (enumLiteral_2= 'min' ) | (enumLiteral_3= 'h' ) )
            int alt55=4;
            switch ( input.LA(1) ) {
            case 71:
                {
                alt55=1;
                }
                break;
            case 72:
                {
                alt55=2;
                }
                break;
            case 73:
                {
                alt55=3;
                }
                break;
            case 74:
                {
                alt55=4;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 55, 0, input);

                throw nvae;
            }

            switch (alt55) {
                case 1 :
                    // InternalTwin.g:3895:3: (enumLiteral_0= 'ms' )
                    {
                    // InternalTwin.g:3895:3: (enumLiteral_0= 'ms' )
                    // InternalTwin.g:3896:4: enumLiteral_0= 'ms'
                    {
                    enumLiteral_0=(Token)match(input,71,FOLLOW_2); 

                    				current = grammarAccess.getTimeUnitAccess().getMSEnumLiteralDeclaration_0().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_0, grammarAccess.getTimeUnitAccess().getMSEnumLiteralDeclaration_0());
                    			

                    }


                    }
                    break;
                case 2 :
                    // InternalTwin.g:3903:3: (enumLiteral_1= 's' )
                    {
                    // InternalTwin.g:3903:3: (enumLiteral_1= 's' )
                    // InternalTwin.g:3904:4: enumLiteral_1= 's'
                    {
                    enumLiteral_1=(Token)match(input,72,FOLLOW_2); 

                    				current = grammarAccess.getTimeUnitAccess().getSEnumLiteralDeclaration_1().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_1, grammarAccess.getTimeUnitAccess().getSEnumLiteralDeclaration_1());
                    			

                    }


                    }
                    break;
                case 3 :
                    // InternalTwin.g:3911:3: (enumLiteral_2= 'min' )
                    {
                    // InternalTwin.g:3911:3: (enumLiteral_2= 'min' )
                    // InternalTwin.g:3912:4: enumLiteral_2= 'min'
                    {
                    enumLiteral_2=(Token)match(input,73,FOLLOW_2); 

                    				current = grammarAccess.getTimeUnitAccess().getMINEnumLiteralDeclaration_2().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_2, grammarAccess.getTimeUnitAccess().getMINEnumLiteralDeclaration_2());
                    			

                    }


                    }
                    break;
                case 4 :
                    // InternalTwin.g:3919:3: (enumLiteral_3= 'h' )
                    {
                    // InternalTwin.g:3919:3: (enumLiteral_3= 'h' )
                    // InternalTwin.g:3920:4: enumLiteral_3= 'h'
                    {
                    enumLiteral_3=(Token)match(input,74,FOLLOW_2); 

                    				current = grammarAccess.getTimeUnitAccess().getHEnumLiteralDeclaration_3().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_3, grammarAccess.getTimeUnitAccess().getHEnumLiteralDeclaration_3());
                    			

                    }


                    }
                    break;

            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleTimeUnit"

    // Delegated rules


    protected DFA12 dfa12 = new DFA12(this);
    protected DFA34 dfa34 = new DFA34(this);
    static final String dfa_1s = "\12\uffff";
    static final String dfa_2s = "\1\26\5\uffff\1\35\3\uffff";
    static final String dfa_3s = "\1\37\5\uffff\1\36\3\uffff";
    static final String dfa_4s = "\1\uffff\1\1\1\2\1\3\1\4\1\5\1\uffff\1\10\1\7\1\6";
    static final String dfa_5s = "\12\uffff}>";
    static final String[] dfa_6s = {
            "\1\1\1\uffff\1\2\1\3\1\4\1\5\1\6\2\uffff\1\7",
            "",
            "",
            "",
            "",
            "",
            "\1\11\1\10",
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

    class DFA12 extends DFA {

        public DFA12(BaseRecognizer recognizer) {
            this.recognizer = recognizer;
            this.decisionNumber = 12;
            this.eot = dfa_1;
            this.eof = dfa_1;
            this.min = dfa_2;
            this.max = dfa_3;
            this.accept = dfa_4;
            this.special = dfa_5;
            this.transition = dfa_6;
        }
        public String getDescription() {
            return "451:2: (this_ByteOrderSetting_0= ruleByteOrderSetting | this_WordOrderSetting_1= ruleWordOrderSetting | this_PollSetting_2= rulePollSetting | this_TimeoutSetting_3= ruleTimeoutSetting | this_RetriesSetting_4= ruleRetriesSetting | this_MaxRegistersSetting_5= ruleMaxRegistersSetting | this_MaxGapSetting_6= ruleMaxGapSetting | this_AddressingSetting_7= ruleAddressingSetting )";
        }
    }
    static final String dfa_7s = "\6\uffff";
    static final String dfa_8s = "\1\uffff\1\3\2\uffff\1\3\1\uffff";
    static final String dfa_9s = "\1\5\1\23\1\5\1\uffff\1\23\1\uffff";
    static final String dfa_10s = "\1\5\1\71\1\72\1\uffff\1\71\1\uffff";
    static final String dfa_11s = "\3\uffff\1\2\1\uffff\1\1";
    static final String dfa_12s = "\6\uffff}>";
    static final String[] dfa_13s = {
            "\1\1",
            "\1\3\41\uffff\1\3\3\uffff\1\2",
            "\1\4\64\uffff\1\5",
            "",
            "\1\3\41\uffff\1\3\3\uffff\1\2",
            ""
    };

    static final short[] dfa_7 = DFA.unpackEncodedString(dfa_7s);
    static final short[] dfa_8 = DFA.unpackEncodedString(dfa_8s);
    static final char[] dfa_9 = DFA.unpackEncodedStringToUnsignedChars(dfa_9s);
    static final char[] dfa_10 = DFA.unpackEncodedStringToUnsignedChars(dfa_10s);
    static final short[] dfa_11 = DFA.unpackEncodedString(dfa_11s);
    static final short[] dfa_12 = DFA.unpackEncodedString(dfa_12s);
    static final short[][] dfa_13 = unpackEncodedStringArray(dfa_13s);

    class DFA34 extends DFA {

        public DFA34(BaseRecognizer recognizer) {
            this.recognizer = recognizer;
            this.decisionNumber = 34;
            this.eot = dfa_7;
            this.eof = dfa_8;
            this.min = dfa_9;
            this.max = dfa_10;
            this.accept = dfa_11;
            this.special = dfa_12;
            this.transition = dfa_13;
        }
        public String getDescription() {
            return "2472:2: ( ( () ( ( ruleQualifiedName ) ) otherlv_2= '.' otherlv_3= '*' ) | ( () ( ( ruleQualifiedName ) ) ) )";
        }
    }
 

    public static final BitSet FOLLOW_1 = new BitSet(new long[]{0x0000000000000000L});
    public static final BitSet FOLLOW_2 = new BitSet(new long[]{0x0000000000000002L});
    public static final BitSet FOLLOW_3 = new BitSet(new long[]{0x0000000000000020L});
    public static final BitSet FOLLOW_4 = new BitSet(new long[]{0x8810010000006002L,0x0000000000000024L});
    public static final BitSet FOLLOW_5 = new BitSet(new long[]{0x8810010000004002L,0x0000000000000024L});
    public static final BitSet FOLLOW_6 = new BitSet(new long[]{0x0000000000000010L});
    public static final BitSet FOLLOW_7 = new BitSet(new long[]{0x0000000000008000L});
    public static final BitSet FOLLOW_8 = new BitSet(new long[]{0x0000000000010000L});
    public static final BitSet FOLLOW_9 = new BitSet(new long[]{0x0000000000060012L});
    public static final BitSet FOLLOW_10 = new BitSet(new long[]{0x0000000000060002L});
    public static final BitSet FOLLOW_11 = new BitSet(new long[]{0x0000000000000040L});
    public static final BitSet FOLLOW_12 = new BitSet(new long[]{0x0000000000040002L});
    public static final BitSet FOLLOW_13 = new BitSet(new long[]{0x000000009F500000L});
    public static final BitSet FOLLOW_14 = new BitSet(new long[]{0x000000009F580000L});
    public static final BitSet FOLLOW_15 = new BitSet(new long[]{0x000000009F400000L});
    public static final BitSet FOLLOW_16 = new BitSet(new long[]{0x0000000000200000L});
    public static final BitSet FOLLOW_17 = new BitSet(new long[]{0x0000000000040012L});
    public static final BitSet FOLLOW_18 = new BitSet(new long[]{0x000000C304100000L});
    public static final BitSet FOLLOW_19 = new BitSet(new long[]{0x000000C304180000L});
    public static final BitSet FOLLOW_20 = new BitSet(new long[]{0x000000C304000000L});
    public static final BitSet FOLLOW_21 = new BitSet(new long[]{0x0000000000800000L});
    public static final BitSet FOLLOW_22 = new BitSet(new long[]{0x0000000000000000L,0x0000000000003000L});
    public static final BitSet FOLLOW_23 = new BitSet(new long[]{0x0000000020000000L});
    public static final BitSet FOLLOW_24 = new BitSet(new long[]{0x0000000040000000L});
    public static final BitSet FOLLOW_25 = new BitSet(new long[]{0x0000000000000000L,0x000000000000C000L});
    public static final BitSet FOLLOW_26 = new BitSet(new long[]{0x0000000000000000L,0x00000000003F0000L});
    public static final BitSet FOLLOW_27 = new BitSet(new long[]{0x0000000000000000L,0x0000000001C00000L});
    public static final BitSet FOLLOW_28 = new BitSet(new long[]{0x0000000C00000000L});
    public static final BitSet FOLLOW_29 = new BitSet(new long[]{0x0000001000000000L});
    public static final BitSet FOLLOW_30 = new BitSet(new long[]{0x0000002000000010L});
    public static final BitSet FOLLOW_31 = new BitSet(new long[]{0x00000000000000D0L,0x00000000FE000000L});
    public static final BitSet FOLLOW_32 = new BitSet(new long[]{0x00004A0000000010L,0x000000FF00000000L});
    public static final BitSet FOLLOW_33 = new BitSet(new long[]{0x0000020000000010L});
    public static final BitSet FOLLOW_34 = new BitSet(new long[]{0x0000020000000000L});
    public static final BitSet FOLLOW_35 = new BitSet(new long[]{0x000B800001520000L});
    public static final BitSet FOLLOW_36 = new BitSet(new long[]{0x000B8000015A0000L});
    public static final BitSet FOLLOW_37 = new BitSet(new long[]{0x000B800001420000L});
    public static final BitSet FOLLOW_38 = new BitSet(new long[]{0x0000040000000000L});
    public static final BitSet FOLLOW_39 = new BitSet(new long[]{0x0000040000000002L});
    public static final BitSet FOLLOW_40 = new BitSet(new long[]{0x0000100000000000L});
    public static final BitSet FOLLOW_41 = new BitSet(new long[]{0x0000200000000000L});
    public static final BitSet FOLLOW_42 = new BitSet(new long[]{0x0000000000000040L,0x0000000000000800L});
    public static final BitSet FOLLOW_43 = new BitSet(new long[]{0x0000000000000030L,0x0000000000000780L});
    public static final BitSet FOLLOW_44 = new BitSet(new long[]{0x0004000000000000L});
    public static final BitSet FOLLOW_45 = new BitSet(new long[]{0x0020000000080000L});
    public static final BitSet FOLLOW_46 = new BitSet(new long[]{0x0040000000000000L});
    public static final BitSet FOLLOW_47 = new BitSet(new long[]{0x0000000010000000L,0x0000070000000200L});
    public static final BitSet FOLLOW_48 = new BitSet(new long[]{0x0000000000080002L});
    public static final BitSet FOLLOW_49 = new BitSet(new long[]{0x0080000000000000L});
    public static final BitSet FOLLOW_50 = new BitSet(new long[]{0x0100000000000000L});
    public static final BitSet FOLLOW_51 = new BitSet(new long[]{0x0200000000000000L});
    public static final BitSet FOLLOW_52 = new BitSet(new long[]{0x0400000000000000L});
    public static final BitSet FOLLOW_53 = new BitSet(new long[]{0x0000000000000000L,0x0000780000000000L});
    public static final BitSet FOLLOW_54 = new BitSet(new long[]{0x7000000000080002L});
    public static final BitSet FOLLOW_55 = new BitSet(new long[]{0x7000000000080000L});
    public static final BitSet FOLLOW_56 = new BitSet(new long[]{0x0000000000000000L,0x0000800000000001L});
    public static final BitSet FOLLOW_57 = new BitSet(new long[]{0x0000000000000000L,0x0000000000000001L});
    public static final BitSet FOLLOW_58 = new BitSet(new long[]{0x0000000000000000L,0x0000000000000002L});
    public static final BitSet FOLLOW_59 = new BitSet(new long[]{0x0000000000000000L,0x0000000000000008L});
    public static final BitSet FOLLOW_60 = new BitSet(new long[]{0x0000000000000000L,0x0000000000000010L});
    public static final BitSet FOLLOW_61 = new BitSet(new long[]{0x0000000000000000L,0x0000000000000040L});
    public static final BitSet FOLLOW_62 = new BitSet(new long[]{0x0000000000000032L,0x0000000000000780L});
    public static final BitSet FOLLOW_63 = new BitSet(new long[]{0x0000000000000000L,0x0000000000000780L});
    public static final BitSet FOLLOW_64 = new BitSet(new long[]{0x0200000000000002L});

}