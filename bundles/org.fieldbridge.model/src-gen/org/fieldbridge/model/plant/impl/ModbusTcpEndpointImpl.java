/**
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.model.plant.impl;

import java.lang.reflect.InvocationTargetException;

import java.util.Map;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.fieldbridge.model.plant.Endianness;
import org.fieldbridge.model.plant.ModbusTcpEndpoint;
import org.fieldbridge.model.plant.PlantPackage;

import org.fieldbridge.model.plant.validation.ModbusRules;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Modbus Tcp Endpoint</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.fieldbridge.model.plant.impl.ModbusTcpEndpointImpl#getHost <em>Host</em>}</li>
 *   <li>{@link org.fieldbridge.model.plant.impl.ModbusTcpEndpointImpl#getPort <em>Port</em>}</li>
 *   <li>{@link org.fieldbridge.model.plant.impl.ModbusTcpEndpointImpl#getUnitId <em>Unit Id</em>}</li>
 *   <li>{@link org.fieldbridge.model.plant.impl.ModbusTcpEndpointImpl#getByteOrder <em>Byte Order</em>}</li>
 *   <li>{@link org.fieldbridge.model.plant.impl.ModbusTcpEndpointImpl#getWordOrder <em>Word Order</em>}</li>
 *   <li>{@link org.fieldbridge.model.plant.impl.ModbusTcpEndpointImpl#getConnectTimeoutMs <em>Connect Timeout Ms</em>}</li>
 *   <li>{@link org.fieldbridge.model.plant.impl.ModbusTcpEndpointImpl#getResponseTimeoutMs <em>Response Timeout Ms</em>}</li>
 *   <li>{@link org.fieldbridge.model.plant.impl.ModbusTcpEndpointImpl#getMaxRegistersPerRequest <em>Max Registers Per Request</em>}</li>
 *   <li>{@link org.fieldbridge.model.plant.impl.ModbusTcpEndpointImpl#getMaxRegisterGap <em>Max Register Gap</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ModbusTcpEndpointImpl extends EndpointImpl implements ModbusTcpEndpoint {
	/**
	 * The default value of the '{@link #getHost() <em>Host</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHost()
	 * @generated
	 * @ordered
	 */
	protected static final String HOST_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getHost() <em>Host</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHost()
	 * @generated
	 * @ordered
	 */
	protected String host = HOST_EDEFAULT;

	/**
	 * The default value of the '{@link #getPort() <em>Port</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPort()
	 * @generated
	 * @ordered
	 */
	protected static final int PORT_EDEFAULT = 502;

	/**
	 * The cached value of the '{@link #getPort() <em>Port</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPort()
	 * @generated
	 * @ordered
	 */
	protected int port = PORT_EDEFAULT;

	/**
	 * The default value of the '{@link #getUnitId() <em>Unit Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnitId()
	 * @generated
	 * @ordered
	 */
	protected static final int UNIT_ID_EDEFAULT = 1;

	/**
	 * The cached value of the '{@link #getUnitId() <em>Unit Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnitId()
	 * @generated
	 * @ordered
	 */
	protected int unitId = UNIT_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getByteOrder() <em>Byte Order</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getByteOrder()
	 * @generated
	 * @ordered
	 */
	protected static final Endianness BYTE_ORDER_EDEFAULT = Endianness.BIG;

	/**
	 * The cached value of the '{@link #getByteOrder() <em>Byte Order</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getByteOrder()
	 * @generated
	 * @ordered
	 */
	protected Endianness byteOrder = BYTE_ORDER_EDEFAULT;

	/**
	 * The default value of the '{@link #getWordOrder() <em>Word Order</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWordOrder()
	 * @generated
	 * @ordered
	 */
	protected static final Endianness WORD_ORDER_EDEFAULT = Endianness.BIG;

	/**
	 * The cached value of the '{@link #getWordOrder() <em>Word Order</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWordOrder()
	 * @generated
	 * @ordered
	 */
	protected Endianness wordOrder = WORD_ORDER_EDEFAULT;

	/**
	 * The default value of the '{@link #getConnectTimeoutMs() <em>Connect Timeout Ms</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConnectTimeoutMs()
	 * @generated
	 * @ordered
	 */
	protected static final int CONNECT_TIMEOUT_MS_EDEFAULT = 3000;

	/**
	 * The cached value of the '{@link #getConnectTimeoutMs() <em>Connect Timeout Ms</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConnectTimeoutMs()
	 * @generated
	 * @ordered
	 */
	protected int connectTimeoutMs = CONNECT_TIMEOUT_MS_EDEFAULT;

	/**
	 * The default value of the '{@link #getResponseTimeoutMs() <em>Response Timeout Ms</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResponseTimeoutMs()
	 * @generated
	 * @ordered
	 */
	protected static final int RESPONSE_TIMEOUT_MS_EDEFAULT = 1000;

	/**
	 * The cached value of the '{@link #getResponseTimeoutMs() <em>Response Timeout Ms</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResponseTimeoutMs()
	 * @generated
	 * @ordered
	 */
	protected int responseTimeoutMs = RESPONSE_TIMEOUT_MS_EDEFAULT;

	/**
	 * The default value of the '{@link #getMaxRegistersPerRequest() <em>Max Registers Per Request</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxRegistersPerRequest()
	 * @generated
	 * @ordered
	 */
	protected static final int MAX_REGISTERS_PER_REQUEST_EDEFAULT = 125;

	/**
	 * The cached value of the '{@link #getMaxRegistersPerRequest() <em>Max Registers Per Request</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxRegistersPerRequest()
	 * @generated
	 * @ordered
	 */
	protected int maxRegistersPerRequest = MAX_REGISTERS_PER_REQUEST_EDEFAULT;

	/**
	 * The default value of the '{@link #getMaxRegisterGap() <em>Max Register Gap</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxRegisterGap()
	 * @generated
	 * @ordered
	 */
	protected static final int MAX_REGISTER_GAP_EDEFAULT = 8;

	/**
	 * The cached value of the '{@link #getMaxRegisterGap() <em>Max Register Gap</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxRegisterGap()
	 * @generated
	 * @ordered
	 */
	protected int maxRegisterGap = MAX_REGISTER_GAP_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ModbusTcpEndpointImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PlantPackage.Literals.MODBUS_TCP_ENDPOINT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getHost() {
		return host;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHost(String newHost) {
		String oldHost = host;
		host = newHost;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlantPackage.MODBUS_TCP_ENDPOINT__HOST, oldHost, host));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getPort() {
		return port;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPort(int newPort) {
		int oldPort = port;
		port = newPort;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlantPackage.MODBUS_TCP_ENDPOINT__PORT, oldPort, port));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getUnitId() {
		return unitId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUnitId(int newUnitId) {
		int oldUnitId = unitId;
		unitId = newUnitId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlantPackage.MODBUS_TCP_ENDPOINT__UNIT_ID, oldUnitId, unitId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Endianness getByteOrder() {
		return byteOrder;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setByteOrder(Endianness newByteOrder) {
		Endianness oldByteOrder = byteOrder;
		byteOrder = newByteOrder == null ? BYTE_ORDER_EDEFAULT : newByteOrder;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlantPackage.MODBUS_TCP_ENDPOINT__BYTE_ORDER, oldByteOrder, byteOrder));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Endianness getWordOrder() {
		return wordOrder;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWordOrder(Endianness newWordOrder) {
		Endianness oldWordOrder = wordOrder;
		wordOrder = newWordOrder == null ? WORD_ORDER_EDEFAULT : newWordOrder;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlantPackage.MODBUS_TCP_ENDPOINT__WORD_ORDER, oldWordOrder, wordOrder));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getConnectTimeoutMs() {
		return connectTimeoutMs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setConnectTimeoutMs(int newConnectTimeoutMs) {
		int oldConnectTimeoutMs = connectTimeoutMs;
		connectTimeoutMs = newConnectTimeoutMs;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlantPackage.MODBUS_TCP_ENDPOINT__CONNECT_TIMEOUT_MS, oldConnectTimeoutMs, connectTimeoutMs));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getResponseTimeoutMs() {
		return responseTimeoutMs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setResponseTimeoutMs(int newResponseTimeoutMs) {
		int oldResponseTimeoutMs = responseTimeoutMs;
		responseTimeoutMs = newResponseTimeoutMs;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlantPackage.MODBUS_TCP_ENDPOINT__RESPONSE_TIMEOUT_MS, oldResponseTimeoutMs, responseTimeoutMs));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getMaxRegistersPerRequest() {
		return maxRegistersPerRequest;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMaxRegistersPerRequest(int newMaxRegistersPerRequest) {
		int oldMaxRegistersPerRequest = maxRegistersPerRequest;
		maxRegistersPerRequest = newMaxRegistersPerRequest;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlantPackage.MODBUS_TCP_ENDPOINT__MAX_REGISTERS_PER_REQUEST, oldMaxRegistersPerRequest, maxRegistersPerRequest));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getMaxRegisterGap() {
		return maxRegisterGap;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMaxRegisterGap(int newMaxRegisterGap) {
		int oldMaxRegisterGap = maxRegisterGap;
		maxRegisterGap = newMaxRegisterGap;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlantPackage.MODBUS_TCP_ENDPOINT__MAX_REGISTER_GAP, oldMaxRegisterGap, maxRegisterGap));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean validHost(final DiagnosticChain diagnostics, final Map<Object, Object> context) {
		return ModbusRules.validHost(this, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean validPort(final DiagnosticChain diagnostics, final Map<Object, Object> context) {
		return ModbusRules.validPort(this, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean validUnitId(final DiagnosticChain diagnostics, final Map<Object, Object> context) {
		return ModbusRules.validUnitId(this, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean validTimeouts(final DiagnosticChain diagnostics, final Map<Object, Object> context) {
		return ModbusRules.validTimeouts(this, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean validRequestLimits(final DiagnosticChain diagnostics, final Map<Object, Object> context) {
		return ModbusRules.validRequestLimits(this, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case PlantPackage.MODBUS_TCP_ENDPOINT__HOST:
				return getHost();
			case PlantPackage.MODBUS_TCP_ENDPOINT__PORT:
				return getPort();
			case PlantPackage.MODBUS_TCP_ENDPOINT__UNIT_ID:
				return getUnitId();
			case PlantPackage.MODBUS_TCP_ENDPOINT__BYTE_ORDER:
				return getByteOrder();
			case PlantPackage.MODBUS_TCP_ENDPOINT__WORD_ORDER:
				return getWordOrder();
			case PlantPackage.MODBUS_TCP_ENDPOINT__CONNECT_TIMEOUT_MS:
				return getConnectTimeoutMs();
			case PlantPackage.MODBUS_TCP_ENDPOINT__RESPONSE_TIMEOUT_MS:
				return getResponseTimeoutMs();
			case PlantPackage.MODBUS_TCP_ENDPOINT__MAX_REGISTERS_PER_REQUEST:
				return getMaxRegistersPerRequest();
			case PlantPackage.MODBUS_TCP_ENDPOINT__MAX_REGISTER_GAP:
				return getMaxRegisterGap();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case PlantPackage.MODBUS_TCP_ENDPOINT__HOST:
				setHost((String)newValue);
				return;
			case PlantPackage.MODBUS_TCP_ENDPOINT__PORT:
				setPort((Integer)newValue);
				return;
			case PlantPackage.MODBUS_TCP_ENDPOINT__UNIT_ID:
				setUnitId((Integer)newValue);
				return;
			case PlantPackage.MODBUS_TCP_ENDPOINT__BYTE_ORDER:
				setByteOrder((Endianness)newValue);
				return;
			case PlantPackage.MODBUS_TCP_ENDPOINT__WORD_ORDER:
				setWordOrder((Endianness)newValue);
				return;
			case PlantPackage.MODBUS_TCP_ENDPOINT__CONNECT_TIMEOUT_MS:
				setConnectTimeoutMs((Integer)newValue);
				return;
			case PlantPackage.MODBUS_TCP_ENDPOINT__RESPONSE_TIMEOUT_MS:
				setResponseTimeoutMs((Integer)newValue);
				return;
			case PlantPackage.MODBUS_TCP_ENDPOINT__MAX_REGISTERS_PER_REQUEST:
				setMaxRegistersPerRequest((Integer)newValue);
				return;
			case PlantPackage.MODBUS_TCP_ENDPOINT__MAX_REGISTER_GAP:
				setMaxRegisterGap((Integer)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case PlantPackage.MODBUS_TCP_ENDPOINT__HOST:
				setHost(HOST_EDEFAULT);
				return;
			case PlantPackage.MODBUS_TCP_ENDPOINT__PORT:
				setPort(PORT_EDEFAULT);
				return;
			case PlantPackage.MODBUS_TCP_ENDPOINT__UNIT_ID:
				setUnitId(UNIT_ID_EDEFAULT);
				return;
			case PlantPackage.MODBUS_TCP_ENDPOINT__BYTE_ORDER:
				setByteOrder(BYTE_ORDER_EDEFAULT);
				return;
			case PlantPackage.MODBUS_TCP_ENDPOINT__WORD_ORDER:
				setWordOrder(WORD_ORDER_EDEFAULT);
				return;
			case PlantPackage.MODBUS_TCP_ENDPOINT__CONNECT_TIMEOUT_MS:
				setConnectTimeoutMs(CONNECT_TIMEOUT_MS_EDEFAULT);
				return;
			case PlantPackage.MODBUS_TCP_ENDPOINT__RESPONSE_TIMEOUT_MS:
				setResponseTimeoutMs(RESPONSE_TIMEOUT_MS_EDEFAULT);
				return;
			case PlantPackage.MODBUS_TCP_ENDPOINT__MAX_REGISTERS_PER_REQUEST:
				setMaxRegistersPerRequest(MAX_REGISTERS_PER_REQUEST_EDEFAULT);
				return;
			case PlantPackage.MODBUS_TCP_ENDPOINT__MAX_REGISTER_GAP:
				setMaxRegisterGap(MAX_REGISTER_GAP_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case PlantPackage.MODBUS_TCP_ENDPOINT__HOST:
				return HOST_EDEFAULT == null ? host != null : !HOST_EDEFAULT.equals(host);
			case PlantPackage.MODBUS_TCP_ENDPOINT__PORT:
				return port != PORT_EDEFAULT;
			case PlantPackage.MODBUS_TCP_ENDPOINT__UNIT_ID:
				return unitId != UNIT_ID_EDEFAULT;
			case PlantPackage.MODBUS_TCP_ENDPOINT__BYTE_ORDER:
				return byteOrder != BYTE_ORDER_EDEFAULT;
			case PlantPackage.MODBUS_TCP_ENDPOINT__WORD_ORDER:
				return wordOrder != WORD_ORDER_EDEFAULT;
			case PlantPackage.MODBUS_TCP_ENDPOINT__CONNECT_TIMEOUT_MS:
				return connectTimeoutMs != CONNECT_TIMEOUT_MS_EDEFAULT;
			case PlantPackage.MODBUS_TCP_ENDPOINT__RESPONSE_TIMEOUT_MS:
				return responseTimeoutMs != RESPONSE_TIMEOUT_MS_EDEFAULT;
			case PlantPackage.MODBUS_TCP_ENDPOINT__MAX_REGISTERS_PER_REQUEST:
				return maxRegistersPerRequest != MAX_REGISTERS_PER_REQUEST_EDEFAULT;
			case PlantPackage.MODBUS_TCP_ENDPOINT__MAX_REGISTER_GAP:
				return maxRegisterGap != MAX_REGISTER_GAP_EDEFAULT;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	@SuppressWarnings("unchecked")
	public Object eInvoke(int operationID, EList<?> arguments) throws InvocationTargetException {
		switch (operationID) {
			case PlantPackage.MODBUS_TCP_ENDPOINT___VALID_HOST__DIAGNOSTICCHAIN_MAP:
				return validHost((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
			case PlantPackage.MODBUS_TCP_ENDPOINT___VALID_PORT__DIAGNOSTICCHAIN_MAP:
				return validPort((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
			case PlantPackage.MODBUS_TCP_ENDPOINT___VALID_UNIT_ID__DIAGNOSTICCHAIN_MAP:
				return validUnitId((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
			case PlantPackage.MODBUS_TCP_ENDPOINT___VALID_TIMEOUTS__DIAGNOSTICCHAIN_MAP:
				return validTimeouts((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
			case PlantPackage.MODBUS_TCP_ENDPOINT___VALID_REQUEST_LIMITS__DIAGNOSTICCHAIN_MAP:
				return validRequestLimits((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
		}
		return super.eInvoke(operationID, arguments);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (host: ");
		result.append(host);
		result.append(", port: ");
		result.append(port);
		result.append(", unitId: ");
		result.append(unitId);
		result.append(", byteOrder: ");
		result.append(byteOrder);
		result.append(", wordOrder: ");
		result.append(wordOrder);
		result.append(", connectTimeoutMs: ");
		result.append(connectTimeoutMs);
		result.append(", responseTimeoutMs: ");
		result.append(responseTimeoutMs);
		result.append(", maxRegistersPerRequest: ");
		result.append(maxRegistersPerRequest);
		result.append(", maxRegisterGap: ");
		result.append(maxRegisterGap);
		result.append(')');
		return result.toString();
	}

} //ModbusTcpEndpointImpl
