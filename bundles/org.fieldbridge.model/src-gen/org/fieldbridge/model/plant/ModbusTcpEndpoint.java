/**
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.model.plant;

import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Modbus Tcp Endpoint</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Modbus TCP server (slave) endpoint.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.fieldbridge.model.plant.ModbusTcpEndpoint#getHost <em>Host</em>}</li>
 *   <li>{@link org.fieldbridge.model.plant.ModbusTcpEndpoint#getPort <em>Port</em>}</li>
 *   <li>{@link org.fieldbridge.model.plant.ModbusTcpEndpoint#getUnitId <em>Unit Id</em>}</li>
 *   <li>{@link org.fieldbridge.model.plant.ModbusTcpEndpoint#getByteOrder <em>Byte Order</em>}</li>
 *   <li>{@link org.fieldbridge.model.plant.ModbusTcpEndpoint#getWordOrder <em>Word Order</em>}</li>
 *   <li>{@link org.fieldbridge.model.plant.ModbusTcpEndpoint#getConnectTimeoutMs <em>Connect Timeout Ms</em>}</li>
 *   <li>{@link org.fieldbridge.model.plant.ModbusTcpEndpoint#getResponseTimeoutMs <em>Response Timeout Ms</em>}</li>
 *   <li>{@link org.fieldbridge.model.plant.ModbusTcpEndpoint#getMaxRegistersPerRequest <em>Max Registers Per Request</em>}</li>
 *   <li>{@link org.fieldbridge.model.plant.ModbusTcpEndpoint#getMaxRegisterGap <em>Max Register Gap</em>}</li>
 * </ul>
 *
 * @see org.fieldbridge.model.plant.PlantPackage#getModbusTcpEndpoint()
 * @model
 * @generated
 */
public interface ModbusTcpEndpoint extends Endpoint {
	/**
	 * Returns the value of the '<em><b>Host</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Host name or IP address.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Host</em>' attribute.
	 * @see #setHost(String)
	 * @see org.fieldbridge.model.plant.PlantPackage#getModbusTcpEndpoint_Host()
	 * @model
	 * @generated
	 */
	String getHost();

	/**
	 * Sets the value of the '{@link org.fieldbridge.model.plant.ModbusTcpEndpoint#getHost <em>Host</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Host</em>' attribute.
	 * @see #getHost()
	 * @generated
	 */
	void setHost(String value);

	/**
	 * Returns the value of the '<em><b>Port</b></em>' attribute.
	 * The default value is <code>"502"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * TCP port (502 is the Modbus default).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Port</em>' attribute.
	 * @see #setPort(int)
	 * @see org.fieldbridge.model.plant.PlantPackage#getModbusTcpEndpoint_Port()
	 * @model default="502"
	 * @generated
	 */
	int getPort();

	/**
	 * Sets the value of the '{@link org.fieldbridge.model.plant.ModbusTcpEndpoint#getPort <em>Port</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Port</em>' attribute.
	 * @see #getPort()
	 * @generated
	 */
	void setPort(int value);

	/**
	 * Returns the value of the '<em><b>Unit Id</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Modbus unit identifier 0..255: 255 or 1 for devices addressed directly, the serial slave address (1..247) behind a gateway; 0 is broadcast.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Unit Id</em>' attribute.
	 * @see #setUnitId(int)
	 * @see org.fieldbridge.model.plant.PlantPackage#getModbusTcpEndpoint_UnitId()
	 * @model default="1"
	 * @generated
	 */
	int getUnitId();

	/**
	 * Sets the value of the '{@link org.fieldbridge.model.plant.ModbusTcpEndpoint#getUnitId <em>Unit Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Unit Id</em>' attribute.
	 * @see #getUnitId()
	 * @generated
	 */
	void setUnitId(int value);

	/**
	 * Returns the value of the '<em><b>Byte Order</b></em>' attribute.
	 * The default value is <code>"big"</code>.
	 * The literals are from the enumeration {@link org.fieldbridge.model.plant.Endianness}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Default byte order within a 16-bit register.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Byte Order</em>' attribute.
	 * @see org.fieldbridge.model.plant.Endianness
	 * @see #setByteOrder(Endianness)
	 * @see org.fieldbridge.model.plant.PlantPackage#getModbusTcpEndpoint_ByteOrder()
	 * @model default="big"
	 * @generated
	 */
	Endianness getByteOrder();

	/**
	 * Sets the value of the '{@link org.fieldbridge.model.plant.ModbusTcpEndpoint#getByteOrder <em>Byte Order</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Byte Order</em>' attribute.
	 * @see org.fieldbridge.model.plant.Endianness
	 * @see #getByteOrder()
	 * @generated
	 */
	void setByteOrder(Endianness value);

	/**
	 * Returns the value of the '<em><b>Word Order</b></em>' attribute.
	 * The default value is <code>"big"</code>.
	 * The literals are from the enumeration {@link org.fieldbridge.model.plant.Endianness}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Default order of registers in 32/64-bit values.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Word Order</em>' attribute.
	 * @see org.fieldbridge.model.plant.Endianness
	 * @see #setWordOrder(Endianness)
	 * @see org.fieldbridge.model.plant.PlantPackage#getModbusTcpEndpoint_WordOrder()
	 * @model default="big"
	 * @generated
	 */
	Endianness getWordOrder();

	/**
	 * Sets the value of the '{@link org.fieldbridge.model.plant.ModbusTcpEndpoint#getWordOrder <em>Word Order</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Word Order</em>' attribute.
	 * @see org.fieldbridge.model.plant.Endianness
	 * @see #getWordOrder()
	 * @generated
	 */
	void setWordOrder(Endianness value);

	/**
	 * Returns the value of the '<em><b>Connect Timeout Ms</b></em>' attribute.
	 * The default value is <code>"3000"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Connect timeout in milliseconds.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Connect Timeout Ms</em>' attribute.
	 * @see #setConnectTimeoutMs(int)
	 * @see org.fieldbridge.model.plant.PlantPackage#getModbusTcpEndpoint_ConnectTimeoutMs()
	 * @model default="3000"
	 * @generated
	 */
	int getConnectTimeoutMs();

	/**
	 * Sets the value of the '{@link org.fieldbridge.model.plant.ModbusTcpEndpoint#getConnectTimeoutMs <em>Connect Timeout Ms</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Connect Timeout Ms</em>' attribute.
	 * @see #getConnectTimeoutMs()
	 * @generated
	 */
	void setConnectTimeoutMs(int value);

	/**
	 * Returns the value of the '<em><b>Response Timeout Ms</b></em>' attribute.
	 * The default value is <code>"1000"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Response timeout in milliseconds.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Response Timeout Ms</em>' attribute.
	 * @see #setResponseTimeoutMs(int)
	 * @see org.fieldbridge.model.plant.PlantPackage#getModbusTcpEndpoint_ResponseTimeoutMs()
	 * @model default="1000"
	 * @generated
	 */
	int getResponseTimeoutMs();

	/**
	 * Sets the value of the '{@link org.fieldbridge.model.plant.ModbusTcpEndpoint#getResponseTimeoutMs <em>Response Timeout Ms</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Response Timeout Ms</em>' attribute.
	 * @see #getResponseTimeoutMs()
	 * @generated
	 */
	void setResponseTimeoutMs(int value);

	/**
	 * Returns the value of the '<em><b>Max Registers Per Request</b></em>' attribute.
	 * The default value is <code>"125"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Largest number of registers read in one request (1..125).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Max Registers Per Request</em>' attribute.
	 * @see #setMaxRegistersPerRequest(int)
	 * @see org.fieldbridge.model.plant.PlantPackage#getModbusTcpEndpoint_MaxRegistersPerRequest()
	 * @model default="125"
	 * @generated
	 */
	int getMaxRegistersPerRequest();

	/**
	 * Sets the value of the '{@link org.fieldbridge.model.plant.ModbusTcpEndpoint#getMaxRegistersPerRequest <em>Max Registers Per Request</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Max Registers Per Request</em>' attribute.
	 * @see #getMaxRegistersPerRequest()
	 * @generated
	 */
	void setMaxRegistersPerRequest(int value);

	/**
	 * Returns the value of the '<em><b>Max Register Gap</b></em>' attribute.
	 * The default value is <code>"8"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Largest number of unused registers bridged when coalescing reads.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Max Register Gap</em>' attribute.
	 * @see #setMaxRegisterGap(int)
	 * @see org.fieldbridge.model.plant.PlantPackage#getModbusTcpEndpoint_MaxRegisterGap()
	 * @model default="8"
	 * @generated
	 */
	int getMaxRegisterGap();

	/**
	 * Sets the value of the '{@link org.fieldbridge.model.plant.ModbusTcpEndpoint#getMaxRegisterGap <em>Max Register Gap</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Max Register Gap</em>' attribute.
	 * @see #getMaxRegisterGap()
	 * @generated
	 */
	void setMaxRegisterGap(int value);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The host is given.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean validHost(DiagnosticChain diagnostics, Map<Object, Object> context);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The port is 1..65535.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean validPort(DiagnosticChain diagnostics, Map<Object, Object> context);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The unit id is 0..255; 0 (broadcast) draws a warning.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean validUnitId(DiagnosticChain diagnostics, Map<Object, Object> context);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Timeouts are positive.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean validTimeouts(DiagnosticChain diagnostics, Map<Object, Object> context);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Max registers per request is 1..125 and the register gap 0..max registers.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean validRequestLimits(DiagnosticChain diagnostics, Map<Object, Object> context);

} // ModbusTcpEndpoint
