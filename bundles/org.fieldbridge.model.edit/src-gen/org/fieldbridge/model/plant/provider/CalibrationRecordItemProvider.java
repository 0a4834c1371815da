/**
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.model.plant.provider;


import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.ResourceLocator;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IEditingDomainItemProvider;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.emf.edit.provider.IStructuredItemContentProvider;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemProviderAdapter;
import org.eclipse.emf.edit.provider.ViewerNotification;

import org.fieldbridge.model.plant.CalibrationRecord;
import org.fieldbridge.model.plant.PlantPackage;

/**
 * This is the item provider adapter for a {@link org.fieldbridge.model.plant.CalibrationRecord} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class CalibrationRecordItemProvider 
	extends ItemProviderAdapter
	implements
		IEditingDomainItemProvider,
		IStructuredItemContentProvider,
		ITreeItemContentProvider,
		IItemLabelProvider,
		IItemPropertySource {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CalibrationRecordItemProvider(AdapterFactory adapterFactory) {
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

			addCertificateIdPropertyDescriptor(object);
			addLaboratoryPropertyDescriptor(object);
			addAccreditationBodyPropertyDescriptor(object);
			addAccreditationNumberPropertyDescriptor(object);
			addCalibrationDatePropertyDescriptor(object);
			addDueDatePropertyDescriptor(object);
			addExpandedUncertaintyPropertyDescriptor(object);
			addUncertaintyUnitPropertyDescriptor(object);
			addCoverageFactorPropertyDescriptor(object);
			addConformityPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Certificate Id feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCertificateIdPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_CalibrationRecord_certificateId_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_CalibrationRecord_certificateId_feature", "_UI_CalibrationRecord_type"),
				 PlantPackage.Literals.CALIBRATION_RECORD__CERTIFICATE_ID,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Laboratory feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addLaboratoryPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_CalibrationRecord_laboratory_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_CalibrationRecord_laboratory_feature", "_UI_CalibrationRecord_type"),
				 PlantPackage.Literals.CALIBRATION_RECORD__LABORATORY,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Accreditation Body feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addAccreditationBodyPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_CalibrationRecord_accreditationBody_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_CalibrationRecord_accreditationBody_feature", "_UI_CalibrationRecord_type"),
				 PlantPackage.Literals.CALIBRATION_RECORD__ACCREDITATION_BODY,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Accreditation Number feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addAccreditationNumberPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_CalibrationRecord_accreditationNumber_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_CalibrationRecord_accreditationNumber_feature", "_UI_CalibrationRecord_type"),
				 PlantPackage.Literals.CALIBRATION_RECORD__ACCREDITATION_NUMBER,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Calibration Date feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCalibrationDatePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_CalibrationRecord_calibrationDate_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_CalibrationRecord_calibrationDate_feature", "_UI_CalibrationRecord_type"),
				 PlantPackage.Literals.CALIBRATION_RECORD__CALIBRATION_DATE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Due Date feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addDueDatePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_CalibrationRecord_dueDate_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_CalibrationRecord_dueDate_feature", "_UI_CalibrationRecord_type"),
				 PlantPackage.Literals.CALIBRATION_RECORD__DUE_DATE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Expanded Uncertainty feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addExpandedUncertaintyPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_CalibrationRecord_expandedUncertainty_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_CalibrationRecord_expandedUncertainty_feature", "_UI_CalibrationRecord_type"),
				 PlantPackage.Literals.CALIBRATION_RECORD__EXPANDED_UNCERTAINTY,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Uncertainty Unit feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addUncertaintyUnitPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_CalibrationRecord_uncertaintyUnit_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_CalibrationRecord_uncertaintyUnit_feature", "_UI_CalibrationRecord_type"),
				 PlantPackage.Literals.CALIBRATION_RECORD__UNCERTAINTY_UNIT,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Coverage Factor feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCoverageFactorPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_CalibrationRecord_coverageFactor_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_CalibrationRecord_coverageFactor_feature", "_UI_CalibrationRecord_type"),
				 PlantPackage.Literals.CALIBRATION_RECORD__COVERAGE_FACTOR,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Conformity feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addConformityPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_CalibrationRecord_conformity_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_CalibrationRecord_conformity_feature", "_UI_CalibrationRecord_type"),
				 PlantPackage.Literals.CALIBRATION_RECORD__CONFORMITY,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This returns CalibrationRecord.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/CalibrationRecord"));
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		String label = ((CalibrationRecord)object).getCertificateId();
		return label == null || label.length() == 0 ?
			getString("_UI_CalibrationRecord_type") :
			getString("_UI_CalibrationRecord_type") + " " + label;
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

		switch (notification.getFeatureID(CalibrationRecord.class)) {
			case PlantPackage.CALIBRATION_RECORD__CERTIFICATE_ID:
			case PlantPackage.CALIBRATION_RECORD__LABORATORY:
			case PlantPackage.CALIBRATION_RECORD__ACCREDITATION_BODY:
			case PlantPackage.CALIBRATION_RECORD__ACCREDITATION_NUMBER:
			case PlantPackage.CALIBRATION_RECORD__CALIBRATION_DATE:
			case PlantPackage.CALIBRATION_RECORD__DUE_DATE:
			case PlantPackage.CALIBRATION_RECORD__EXPANDED_UNCERTAINTY:
			case PlantPackage.CALIBRATION_RECORD__COVERAGE_FACTOR:
			case PlantPackage.CALIBRATION_RECORD__CONFORMITY:
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

	/**
	 * Return the resource locator for this item provider's resources.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ResourceLocator getResourceLocator() {
		return PlantEditPlugin.INSTANCE;
	}

}
