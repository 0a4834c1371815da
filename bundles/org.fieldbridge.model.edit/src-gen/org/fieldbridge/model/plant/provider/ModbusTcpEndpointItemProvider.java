/**
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.model.plant.provider;


import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ViewerNotification;

import org.fieldbridge.model.plant.ModbusTcpEndpoint;
import org.fieldbridge.model.plant.PlantPackage;

/**
 * This is the item provider adapter for a {@link org.fieldbridge.model.plant.ModbusTcpEndpoint} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class ModbusTcpEndpointItemProvider extends EndpointItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ModbusTcpEndpointItemProvider(AdapterFactory adapterFactory) {
		super(adapterFactory);
	}

	/**
	 * This returns the property descriptors for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public List<IItemPropertyDescriptor> getPropertyDescriptors(Object object) {
		if (itemPropertyDescriptors == null) {
			super.getPropertyDescriptors(object);

			addHostPropertyDescriptor(object);
			addPortPropertyDescriptor(object);
			addUnitIdPropertyDescriptor(object);
			addByteOrderPropertyDescriptor(object);
			addWordOrderPropertyDescriptor(object);
			addConnectTimeoutMsPropertyDescriptor(object);
			addResponseTimeoutMsPropertyDescriptor(object);
			addMaxRegistersPerRequestPropertyDescriptor(object);
			addMaxRegisterGapPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Host feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addHostPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ModbusTcpEndpoint_host_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ModbusTcpEndpoint_host_feature", "_UI_ModbusTcpEndpoint_type"),
				 PlantPackage.Literals.MODBUS_TCP_ENDPOINT__HOST,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Port feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addPortPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ModbusTcpEndpoint_port_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ModbusTcpEndpoint_port_feature", "_UI_ModbusTcpEndpoint_type"),
				 PlantPackage.Literals.MODBUS_TCP_ENDPOINT__PORT,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Unit Id feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addUnitIdPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ModbusTcpEndpoint_unitId_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ModbusTcpEndpoint_unitId_feature", "_UI_ModbusTcpEndpoint_type"),
				 PlantPackage.Literals.MODBUS_TCP_ENDPOINT__UNIT_ID,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Byte Order feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addByteOrderPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ModbusTcpEndpoint_byteOrder_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ModbusTcpEndpoint_byteOrder_feature", "_UI_ModbusTcpEndpoint_type"),
				 PlantPackage.Literals.MODBUS_TCP_ENDPOINT__BYTE_ORDER,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Word Order feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addWordOrderPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ModbusTcpEndpoint_wordOrder_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ModbusTcpEndpoint_wordOrder_feature", "_UI_ModbusTcpEndpoint_type"),
				 PlantPackage.Literals.MODBUS_TCP_ENDPOINT__WORD_ORDER,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Connect Timeout Ms feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addConnectTimeoutMsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ModbusTcpEndpoint_connectTimeoutMs_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ModbusTcpEndpoint_connectTimeoutMs_feature", "_UI_ModbusTcpEndpoint_type"),
				 PlantPackage.Literals.MODBUS_TCP_ENDPOINT__CONNECT_TIMEOUT_MS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Response Timeout Ms feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addResponseTimeoutMsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ModbusTcpEndpoint_responseTimeoutMs_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ModbusTcpEndpoint_responseTimeoutMs_feature", "_UI_ModbusTcpEndpoint_type"),
				 PlantPackage.Literals.MODBUS_TCP_ENDPOINT__RESPONSE_TIMEOUT_MS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Max Registers Per Request feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addMaxRegistersPerRequestPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ModbusTcpEndpoint_maxRegistersPerRequest_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ModbusTcpEndpoint_maxRegistersPerRequest_feature", "_UI_ModbusTcpEndpoint_type"),
				 PlantPackage.Literals.MODBUS_TCP_ENDPOINT__MAX_REGISTERS_PER_REQUEST,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Max Register Gap feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addMaxRegisterGapPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ModbusTcpEndpoint_maxRegisterGap_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ModbusTcpEndpoint_maxRegisterGap_feature", "_UI_ModbusTcpEndpoint_type"),
				 PlantPackage.Literals.MODBUS_TCP_ENDPOINT__MAX_REGISTER_GAP,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This returns ModbusTcpEndpoint.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/ModbusTcpEndpoint"));
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		String label = ((ModbusTcpEndpoint)object).getHost();
		return label == null || label.length() == 0 ?
			getString("_UI_ModbusTcpEndpoint_type") :
			getString("_UI_ModbusTcpEndpoint_type") + " " + label;
	}


	/**
	 * This handles model notifications by calling {@link #updateChildren} to update any cached
	 * children and by creating a viewer notification, which it passes to {@link #fireNotifyChanged}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void notifyChanged(Notification notification) {
		updateChildren(notification);

		switch (notification.getFeatureID(ModbusTcpEndpoint.class)) {
			case PlantPackage.MODBUS_TCP_ENDPOINT__HOST:
			case PlantPackage.MODBUS_TCP_ENDPOINT__PORT:
			case PlantPackage.MODBUS_TCP_ENDPOINT__UNIT_ID:
			case PlantPackage.MODBUS_TCP_ENDPOINT__BYTE_ORDER:
			case PlantPackage.MODBUS_TCP_ENDPOINT__WORD_ORDER:
			case PlantPackage.MODBUS_TCP_ENDPOINT__CONNECT_TIMEOUT_MS:
			case PlantPackage.MODBUS_TCP_ENDPOINT__RESPONSE_TIMEOUT_MS:
			case PlantPackage.MODBUS_TCP_ENDPOINT__MAX_REGISTERS_PER_REQUEST:
			case PlantPackage.MODBUS_TCP_ENDPOINT__MAX_REGISTER_GAP:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
		}
		super.notifyChanged(notification);
	}

	/**
	 * This adds {@link org.eclipse.emf.edit.command.CommandParameter}s describing the children
	 * that can be created under this object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected void collectNewChildDescriptors(Collection<Object> newChildDescriptors, Object object) {
		super.collectNewChildDescriptors(newChildDescriptors, object);
	}

}
